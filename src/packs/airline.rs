//! The airline pack: a scheduled passenger airline as the passenger meets
//! it, from the booking to the bags at arrival, with delays, cancellations
//! and claims; based in the EU, so that Regulation (EC) No 261/2004 applies.
//!
//! Written in our own words from public sources of the trade; each rule
//! names its source in its `source` field:
//!
//! - SafetyCulture's public audit forms of check-in and gate service
//!   ("Aviator inside test template", "BHD guest services audit", "MOD EQC
//!   2 internal audit check list check-in", "Fiji Airways arrival
//!   inspection");
//! - Regulation (EC) No 261/2004 (denied boarding, cancellation, long
//!   delay: care, refund, compensation, the notice of rights), as national
//!   enforcement bodies and carriers explain it;
//! - Regulation (EC) No 1107/2006 on disabled passengers and passengers
//!   with reduced mobility;
//! - the Montreal Convention, art. 31 (time limits for baggage complaints);
//! - US 14 CFR 259.4 and 259.8 (tarmac delays; telling passengers of a
//!   delay), for flights to and from the United States;
//! - Commission Regulation (EU) No 965/2012, CAT.OP.MPA.170 (the passenger
//!   safety briefing).

use super::{
    PackBuilder,
    kit::{assemble, days, department, noun, rule, step, tiers},
};
use crate::{
    model::CapacityControl, model::Channel as Ch, model::Characteristic as C, model::ContactLevel,
    model::DataUse, model::DeliverySpan, model::Initiator, model::MomentKind as M, model::Noun, model::Phase,
    model::Place, model::QualityDimension as D, model::Risk, model::Sequence, model::ServiceLevel as L,
    model::ServiceModel, model::ServiceModelBuilder, model::ServiceProfile, model::StandardKind as K,
    model::TaskAllocation, model::Valuable, rules::Condition, rules::ConditionBuilder, rules::Pack,
    rules::RuleBuilder, standard::LevelTargets, standard::PolicyScope as P, standard::Target as T,
};

const AUDIT: &str = "SafetyCulture public library, Aviator inside test template (check-in and gate audit)";
const GUEST_AUDITS: &str =
    "BHD guest services audit and MOD EQC 2 check-in audit (SafetyCulture public library)";
const ARRIVAL_AUDIT: &str = "Fiji Airways arrival inspection (SafetyCulture public library)";
const EU261: &str = "Regulation (EC) No 261/2004";
const PRM: &str = "Regulation (EC) No 1107/2006";

/// At least once in every `minutes` minutes.
const fn every_mins(minutes: u64) -> T {
    T::Every(std::time::Duration::from_secs(minutes * 60))
}

/// A share of cases within `minutes` minutes.
const fn share_within_mins(percent: u8, minutes: u64) -> T {
    T::ShareWithin { percent, within: std::time::Duration::from_secs(minutes * 60) }
}

/// Waiting in the terminal at one of `places` (the check-in desks, the
/// gate), where the screens and the notices are.
fn waiting_at(places: impl IntoIterator<Item = Place>) -> ConditionBuilder {
    Condition::builder().channels([Ch::FaceToFace, Ch::SelfService]).moments([M::Waiting]).places(places)
}

/// A bag handed over at the desk or the self-service bag drop.
fn bag_drop() -> ConditionBuilder {
    Condition::builder().moments([M::Safekeeping]).hands_over([Valuable::Baggage])
}

/// At the boarding gate, face to face.
fn at_gate() -> ConditionBuilder {
    Condition::builder().channels([Ch::FaceToFace]).places([Place::Gate])
}

/// A delay, a cancellation or a diversion the airline tells passengers of.
fn disruption() -> ConditionBuilder {
    Condition::builder().moments([M::Disruption]).started_by(Initiator::Company)
}

/// Passengers held on board on the ground: a disruption face to face where
/// safety is at stake.
fn held_on_board() -> ConditionBuilder {
    disruption().channels([Ch::FaceToFace]).characteristics([C::Safe])
}

/// Care in a delay: the airline hands over meal vouchers or a hotel booking.
fn care() -> ConditionBuilder {
    Condition::builder()
        .moments([M::Hospitality])
        .started_by(Initiator::Company)
        .hands_over([Valuable::Documents])
}

/// Help for a disabled passenger or one with reduced mobility.
fn assistance() -> ConditionBuilder {
    Condition::builder().characteristics([C::Accessible])
}

/// The pack.
pub(super) fn pack() -> PackBuilder {
    let mut pack = Pack::builder("airline", "Airline");
    pack = noun(
        pack,
        Noun::Customer,
        ("passenger", "passengers"),
        [
            ["pasażer", "pasażera", "pasażerowi", "pasażera", "pasażerem", "pasażerze"],
            ["pasażerowie", "pasażerów", "pasażerom", "pasażerów", "pasażerami", "pasażerach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Order,
        ("booking", "bookings"),
        [
            ["rezerwacja", "rezerwacji", "rezerwacji", "rezerwację", "rezerwacją", "rezerwacji"],
            ["rezerwacje", "rezerwacji", "rezerwacjom", "rezerwacje", "rezerwacjami", "rezerwacjach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Bill,
        ("receipt", "receipts"),
        [
            [
                "potwierdzenie",
                "potwierdzenia",
                "potwierdzeniu",
                "potwierdzenie",
                "potwierdzeniem",
                "potwierdzeniu",
            ],
            [
                "potwierdzenia",
                "potwierdzeń",
                "potwierdzeniom",
                "potwierdzenia",
                "potwierdzeniami",
                "potwierdzeniach",
            ],
        ],
    );
    pack = noun(
        pack,
        Noun::Visit,
        ("flight", "flights"),
        [
            ["lot", "lotu", "lotowi", "lot", "lotem", "locie"],
            ["loty", "lotów", "lotom", "loty", "lotami", "lotach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Place,
        ("airport", "airports"),
        [
            ["lotnisko", "lotniska", "lotnisku", "lotnisko", "lotniskiem", "lotnisku"],
            ["lotniska", "lotnisk", "lotniskom", "lotniska", "lotniskami", "lotniskach"],
        ],
    );
    assemble(pack, essentials(), gestures(), template())
}

/// The trade's essentials: what a station manager and the law insist on.
#[rustfmt::skip]
#[allow(clippy::too_many_lines, reason = "the pack's rules are one table of data")]
fn essentials() -> Vec<RuleBuilder> {
    vec![
        // ── Check-in and bag drop ────────────────────────────────────────────
        rule("flight-screens-right", "flight-information", K::Product, D::Communication,
            "Keep the screens at the check-in desks and at the gate showing the right flight, scheduled time, desks or gate, and any delay with its new time",
            "Dbaj, by ekrany przy stanowiskach odprawy i przy wyjściu pokazywały właściwy lot, planową godzinę, stanowiska lub wyjście oraz każde opóźnienie z nową godziną",
            &format!("{AUDIT}, items 1.1–1.3 and 5.9 (flight display, gate signed)"))
            .when(waiting_at([Place::Desk, Place::Gate]))
            .targets(LevelTargets::same(T::Always)),
        rule("desks-open-on-time", "desks-open", K::Procedure, D::Responsiveness,
            "Open check-in and bag drop at the published time with the agreed number of desks, each signed with the airline and the {visit}, and close them at the published time, not before",
            "Otwieraj odprawę i nadawanie bagażu o podanej godzinie, z uzgodnioną liczbą stanowisk, każde oznaczone nazwą przewoźnika i numerem {visit:gen}, i zamykaj je o podanej godzinie, nie wcześniej",
            &format!("{AUDIT}, items 1.4–1.6 and 2.9 (desks open, in number, signed, closed as agreed)"))
            .when(waiting_at([Place::Desk]))
            .targets(LevelTargets::same(T::Always)),
        rule("check-in-queue", "queue-time", K::Procedure, D::Responsiveness,
            "Open more desks as the queue grows, so that {customers} reach a check-in or bag-drop desk {target}",
            "Otwieraj kolejne stanowiska, gdy rośnie kolejka, tak by {customers} docierali do stanowiska odprawy lub nadania bagażu {target}",
            &format!("{AUDIT}, item 2.8 (queuing time as agreed); {GUEST_AUDITS} (queue service level of 95 %); the times are our proposal"))
            .when(waiting_at([Place::Desk]))
            .targets(tiers(share_within_mins(95, 30), share_within_mins(95, 20), share_within_mins(95, 10))),
        rule("rights-notice-displayed", "rights-notice", K::Product, D::Communication,
            "Show at every check-in desk, self-service kiosk and boarding gate a clearly legible notice that tells {customers} refused boarding, cancelled or delayed by two hours or more to ask for the text of their rights",
            "Umieść przy każdym stanowisku odprawy, kiosku samoobsługowym i wyjściu do samolotu wyraźnie czytelną informację, że {customers}, którym odmówiono przyjęcia na pokład, których lot odwołano lub opóźniono o co najmniej dwie godziny, mogą poprosić o tekst swoich praw",
            &format!("{EU261}, art. 14(1)"))
            .critical()
            .when(waiting_at([Place::Desk, Place::Gate]))
            .targets(LevelTargets::same(T::Always)),
        rule("travel-documents-checked", "identity-check", K::Procedure, D::Assurance,
            "Before accepting any bag, compare the photo in the passport or identity card with the {customer}, the name with the {order}, and check that the document is valid and that any visa the destination needs is there",
            "Zanim przyjmiesz bagaż, porównaj zdjęcie w paszporcie lub dowodzie osobistym z {customer:ins}, nazwisko z {order:ins} i sprawdź, czy dokument jest ważny i czy jest wiza, której wymaga kraj docelowy",
            &format!("{AUDIT}, items 2.1–2.2 (booking, passport and visa checked); {GUEST_AUDITS} (photo compared with the holder, name with the passenger list)"))
            .critical()
            .when(Condition::builder().channels([Ch::FaceToFace]).moments([M::Identification]).places([Place::Desk]).hands_over([Valuable::Documents]))
            .targets(LevelTargets::same(T::Always)),
        rule("dangerous-goods-asked", "dangerous-goods", K::Procedure, D::Assurance,
            "Ask every {customer} the security questions and whether the bag holds lithium batteries or other dangerous goods, with the dangerous-goods notice in view, before accepting it, at the desk and at the self-service bag drop",
            "Zadaj każdemu {customer:dat} pytania bezpieczeństwa i zapytaj, czy bagaż zawiera baterie litowe lub inne towary niebezpieczne, przy widocznej informacji o towarach niebezpiecznych, zanim go przyjmiesz, przy stanowisku i przy samoobsługowym nadaniu bagażu",
            &format!("{AUDIT}, items 1.7, 2.3 and 2.4 (dangerous-goods notice, security and dangerous-goods questions)"))
            .critical()
            .when(bag_drop())
            .targets(LevelTargets::same(T::Always)),
        rule("bag-tagged-and-receipted", "safekeeping", K::Procedure, D::Reliability,
            "Weigh every checked bag, tag it to the final destination through any connection with the {customer}'s name, {visit} and date, add the heavy, priority or other handling tags where they apply, and hand over the tag receipt",
            "Zważ każdy bagaż rejestrowany, oznacz go przywieszką do miejsca docelowego, także przez przesiadki, z nazwiskiem {customer:gen}, numerem {visit:gen} i datą, dodaj przywieszki bagażu ciężkiego, priorytetowego lub inne, gdy dotyczą, i wręcz kwit bagażowy",
            &format!("{AUDIT}, items 2.6 and 4.3–4.7 (through check-in, bags weighed and tagged, heavy and priority tags); {GUEST_AUDITS} (tag with name, flight, destination and date)"))
            .critical()
            .when(bag_drop())
            .targets(LevelTargets::same(T::Always)),
        rule("cabin-bag-checked", "cabin-baggage", K::Procedure, D::Assurance,
            "Look at every cabin bag at the desk and weigh or measure one that looks over the allowance, explaining the rule rather than waiving it",
            "Obejrzyj każdy bagaż podręczny przy stanowisku i zważ lub zmierz ten, który wygląda na większy niż limit, wyjaśniając zasadę zamiast z niej rezygnować",
            &format!("{AUDIT}, items 4.1–4.2 (cabin bags seen and weighed)"))
            .when(bag_drop().places([Place::Desk]))
            .targets(LevelTargets::same(T::Always)),
        rule("gate-and-time-told", "boarding-information", K::PersonalContact, D::Communication,
            "Hand over the boarding pass telling the {customer} the gate, the boarding time, the time the gate closes and the way to security",
            "Wręczając kartę pokładową, podaj {customer:dat} numer wyjścia, godzinę rozpoczęcia wejścia na pokład, godzinę zamknięcia wyjścia i drogę do kontroli bezpieczeństwa",
            &format!("{AUDIT}, item 2.7 (boarding card with gate and gate time); {GUEST_AUDITS} (boarding time, gate, way to security)"))
            .when(Condition::builder().channels([Ch::FaceToFace]).moments([M::Information]).places([Place::Desk]).hands_over([Valuable::Documents]))
            .targets(LevelTargets::same(T::Always)),
        rule("agents-know-the-flight", "flight-knowledge", K::Procedure, D::Assurance,
            "Make sure every agent at the desk and the gate can tell the {customer} the scheduled and the estimated departure time, the gate, the reason for any delay and the services they can add",
            "Zadbaj, by każdy pracownik przy stanowisku i przy wyjściu umiał podać {customer:dat} planową i przewidywaną godzinę odlotu, wyjście, przyczynę opóźnienia i usługi, które można dokupić",
            &format!("{AUDIT}, items 3.1–3.4 (product knowledge); {GUEST_AUDITS} (flight status and reason for delay told)"))
            // Briefing the agents is the station's decision: a policy for
            // the department, not an act at each desk (3 of 27 posted).
            .policy(P::Department)
            .when(Condition::builder().channels([Ch::FaceToFace]).moments([M::Information]).places([Place::Desk, Place::Gate]))
            .targets(LevelTargets::same(T::Always)),
        // ── Special assistance ───────────────────────────────────────────────
        rule("assistance-request-passed-on", "special-needs", K::Procedure, D::Convenience,
            "Record every request for help from a disabled {customer} or one with reduced mobility, confirm it in writing, and pass it to the airports of departure, transfer and arrival and to the crew at least 36 hours before departure",
            "Zapisz każdą prośbę o pomoc od {customer:gen} z niepełnosprawnością lub o ograniczonej sprawności ruchowej, potwierdź ją na piśmie i przekaż lotniskom wylotu, przesiadki i przylotu oraz załodze co najmniej 36 godzin przed odlotem",
            &format!("{PRM}, art. 6; {AUDIT}, item 2.10 (special needs passed to load control)"))
            .critical()
            .when(assistance().moments([M::OrderTaking]).data([DataUse::Records]))
            .targets(LevelTargets::same(T::Always)),
        rule("assistance-given", "accessibility", K::Procedure, D::Convenience,
            "Give the help a disabled {customer} or one with reduced mobility booked at least 48 hours ahead, free of charge, from the designated point through check-in, security and the gate to the seat, and from the seat to the exit at arrival; make every reasonable effort when it was asked for later",
            "Zapewnij {customer:dat} z niepełnosprawnością lub o ograniczonej sprawności ruchowej pomoc zamówioną co najmniej 48 godzin wcześniej, bezpłatnie, od wyznaczonego punktu przez odprawę, kontrolę bezpieczeństwa i wyjście aż do miejsca w samolocie, a po przylocie od miejsca do wyjścia z lotniska; gdy poprosił później, dołóż wszelkich rozsądnych starań",
            &format!("{PRM}, art. 7 and annex I; Commission for Aviation Regulation (Ireland) and the Austrian transport ministry on passengers with reduced mobility"))
            .critical()
            .when(assistance().channels([Ch::FaceToFace]).moments([M::Delivery, M::Welcome]))
            .targets(LevelTargets::same(T::Always)),
        // ── The gate ─────────────────────────────────────────────────────────
        rule("boarding-calls-made", "boarding-announcements", K::Procedure, D::Communication,
            "Make every boarding call clearly and on time, in the scripted order: pre-boarding for {customers} who need help and families, priority boarding, general boarding, the final call, and the last {customers} by name",
            "Wygłaszaj każdy komunikat o wejściu na pokład wyraźnie i na czas, w ustalonej kolejności: najpierw {customers} potrzebujący pomocy i rodziny, potem wejście priorytetowe, wejście ogólne, ostatnie wezwanie i na końcu brakujący {customers} po nazwisku",
            &format!("{AUDIT}, items 5.1–5.5 (pre-boarding, priority, boarding, final call, last passengers by name); {GUEST_AUDITS} (announcements clear and by the script)"))
            .when(at_gate().moments([M::Information]).started_by(Initiator::Company))
            .targets(LevelTargets::same(T::Always)),
        rule("boarding-in-order", "boarding-order", K::Procedure, D::Reliability,
            "Board in the order called, keeping the priority of {customers} who need help and of priority {customers}, and stop anyone boarding out of turn politely",
            "Prowadź wejście na pokład w wywołanej kolejności, zachowując pierwszeństwo {customers:gen} potrzebujących pomocy i uprawnionych do wejścia priorytetowego, i uprzejmie zatrzymuj osoby wchodzące poza kolejnością",
            &format!("{AUDIT}, items 5.2 and 5.6 (priority boarding handled, boarding in sequence)"))
            .when(at_gate().moments([M::Identification]))
            .targets(LevelTargets::same(T::Always)),
        rule("gate-on-time", "gate-times", K::Procedure, D::Reliability,
            "Be at the gate, start boarding and close the gate at the published times; once the gate is closed, open it for no one",
            "Bądź przy wyjściu, rozpoczynaj wejście na pokład i zamykaj wyjście o podanych godzinach; po zamknięciu wyjścia nie otwieraj go dla nikogo",
            &format!("{AUDIT}, item 5.10 (gate closed as agreed); {GUEST_AUDITS} (lounge guests called no later than 25 minutes before departure)"))
            .when(at_gate().moments([M::Identification]))
            .targets(LevelTargets::same(T::Always)),
        rule("boarding-pass-and-passport-matched", "identity-check", K::Procedure, D::Assurance,
            "Scan every boarding pass at the gate and, on a {visit} leaving the Schengen area, match the passport to the boarding pass and to the {customer}",
            "Skanuj każdą kartę pokładową przy wyjściu, a przy {visit:loc} poza strefę Schengen porównaj paszport z kartą pokładową i z {customer:ins}",
            "ground-operations checklist (ahy-groundops.com: passports checked against boarding cards at the gate); border and carrier-liability rules on travel documents")
            .critical()
            .when(at_gate().moments([M::Identification]).hands_over([Valuable::Documents]))
            .targets(LevelTargets::same(T::Always)),
        rule("volunteers-first", "denied-boarding", K::Procedure, D::Reliability,
            "When a {visit} is overbooked, call for volunteers to give up their seats for agreed benefits before refusing anyone boarding, and carry {customers} with reduced mobility, their companions and unaccompanied children first",
            "Gdy {visit} jest przepełniony, najpierw poproś o ochotników, którzy zrezygnują z miejsc za uzgodnione świadczenia, zanim odmówisz komukolwiek przyjęcia na pokład, i w pierwszej kolejności przewieź {customers:acc} o ograniczonej sprawności ruchowej, ich opiekunów i dzieci podróżujące bez opieki",
            &format!("{EU261}, art. 4(1) and 11; Czech Civil Aviation Authority, denied boarding"))
            .critical()
            .when(at_gate().moments([M::Identification]))
            .targets(LevelTargets::same(T::Always)),
        // ── On board ─────────────────────────────────────────────────────────
        rule("safety-briefing-given", "safety-briefing", K::Procedure, D::Assurance,
            "Before take-off, brief every {customer} on seat belts, exits, oxygen masks, life jackets and the safety card, and check that seat belts are fastened and bags stowed",
            "Przed startem poinstruuj każdego {customer:acc} o pasach bezpieczeństwa, wyjściach, maskach tlenowych, kamizelkach ratunkowych i karcie bezpieczeństwa i sprawdź, czy pasy są zapięte, a bagaże schowane",
            "Commission Regulation (EU) No 965/2012, annex IV, CAT.OP.MPA.170 (passenger briefing)")
            .critical()
            .when(Condition::builder().channels([Ch::FaceToFace]).moments([M::Information]).characteristics([C::Safe]))
            .targets(LevelTargets::same(T::Always)),
        // ── Delays and cancellations ─────────────────────────────────────────
        rule("delay-told-promptly", "disruption-notice", K::Procedure, D::Communication,
            "Tell {customers} of a delay of 30 minutes or more, a cancellation or a diversion on every channel they gave and on the screens {target} of learning of it",
            "Informuj {customers:acc} o opóźnieniu o 30 minut lub więcej, odwołaniu lub zmianie lotniska docelowego wszystkimi kanałami, które podali, i na ekranach {target} od powzięcia o nim wiadomości",
            "US 14 CFR 259.8 (within 30 minutes of learning of a delay, cancellation or diversion); the 15 minutes expected are our proposal")
            .once_per_contact()
            .when(disruption())
            .targets(tiers(T::within_mins(30), T::within_mins(15), T::within_mins(15))),
        rule("reason-and-next-update", "disruption-updates", K::PersonalContact, D::Communication,
            "Give in every delay announcement the real reason, the new estimated time and the time of the next announcement, and make that announcement by then, {target}",
            "Podawaj w każdym komunikacie o opóźnieniu rzeczywistą przyczynę, nową przewidywaną godzinę i godzinę następnego komunikatu, i wygłaszaj go do tej godziny, {target}",
            &format!("US 14 CFR 259.4 and 259.8 (reason and updates every 30 minutes); {AUDIT}, item 5.8 (delay announced at the gate); {GUEST_AUDITS} (reason for delay told)"))
            .once_per_contact()
            .when(disruption())
            .targets(LevelTargets::same(every_mins(30))),
        rule("cancellation-told-early", "cancellation-notice", K::Procedure, D::Communication,
            "Tell {customers} of a cancellation as early as possible, two weeks or more before departure where the plan allows, with the choice of a refund, re-routing at the earliest opportunity or re-routing at a later date; a later notice owes compensation unless the re-routing stays within the times the regulation sets",
            "Informuj {customers:acc} o odwołaniu lotu jak najwcześniej, gdy plan na to pozwala co najmniej dwa tygodnie przed odlotem, z wyborem między zwrotem pieniędzy, zmianą trasy przy najbliższej okazji a zmianą trasy w późniejszym terminie; późniejsza informacja oznacza odszkodowanie, chyba że nowa trasa mieści się w czasach określonych w rozporządzeniu",
            &format!("{EU261}, art. 5(1) and 8; Croatian Civil Aviation Agency, cancellation"))
            .critical()
            .once_per_contact()
            .when(disruption().channels([Ch::Email, Ch::Sms, Ch::App]))
            .targets(LevelTargets::same(T::Always)),
        rule("rights-in-writing", "rights-in-writing", K::Procedure, D::Communication,
            "Give every {customer} refused boarding, or whose {visit} is cancelled or delayed by two hours or more, a written notice of the rules on compensation and assistance with the contact of the national enforcement body, in a form a blind or deaf {customer} can use",
            "Przekaż każdemu {customer:dat}, któremu odmówiono przyjęcia na pokład lub którego {visit} odwołano albo opóźniono o co najmniej dwie godziny, pisemną informację o zasadach odszkodowania i pomocy z danymi krajowego organu nadzoru, w formie dostępnej także dla osoby niewidomej lub niesłyszącej",
            &format!("{EU261}, art. 14(2) and (3)"))
            .critical()
            .when(disruption().hands_over([Valuable::Documents]))
            .targets(LevelTargets::same(T::Always)),
        rule("care-in-a-long-delay", "waiting-comfort", K::Procedure, D::Empathy,
            "Once the delay reaches 2 hours (flights up to 1,500 km), 3 hours (1,500 to 3,500 km, and longer flights within the EU) or 4 hours (all others), give every {customer} meals and drinks in proportion to the wait and two phone calls or e-mails, even when the cause is beyond the airline's control",
            "Gdy opóźnienie osiągnie 2 godziny (loty do 1500 km), 3 godziny (od 1500 do 3500 km oraz dłuższe loty w UE) lub 4 godziny (pozostałe), zapewnij każdemu {customer:dat} posiłki i napoje stosowne do czasu oczekiwania oraz dwie rozmowy telefoniczne lub e-maile, także gdy przyczyna jest niezależna od przewoźnika",
            &format!("{EU261}, art. 6 and 9; Virgin Atlantic help, EU regulation 261/2004"))
            .critical()
            .when(care())
            .targets(LevelTargets::same(T::Always)),
        rule("hotel-if-overnight", "overnight-care", K::Procedure, D::Empathy,
            "When the new departure is on a later day, give every {customer} a hotel room and transport between the {place} and the hotel",
            "Gdy nowy odlot przypada na kolejny dzień, zapewnij każdemu {customer:dat} pokój w hotelu i transport między {place:ins} a hotelem",
            &format!("{EU261}, art. 9(1)(b) and (c)"))
            .critical()
            .when(care())
            .targets(LevelTargets::same(T::Always)),
        rule("refund-or-re-routing", "refund", K::Procedure, D::Convenience,
            "When a {visit} is cancelled or delayed by 5 hours or more, let the {customer} choose a refund of the ticket, paid {target}, with a flight back to the first point of departure if the trip no longer serves its purpose, or re-routing at the earliest opportunity or at a later date of their choosing",
            "Gdy {visit} zostanie odwołany lub opóźniony o co najmniej 5 godzin, daj {customer:dat} wybór: zwrot ceny biletu, wypłacony {target}, wraz z lotem powrotnym do miejsca wylotu, jeśli podróż straciła sens, albo zmianę trasy przy najbliższej okazji lub w wybranym przez niego późniejszym terminie",
            &format!("{EU261}, art. 6(1)(c) and 8 (refund within seven days); Czech Civil Aviation Authority"))
            .critical()
            .when(Condition::builder().moments([M::OrderTaking]).hands_over([Valuable::Cash]))
            .targets(tiers(days(7), days(7), days(1))),
        rule("compensation-in-money", "compensation", K::Procedure, D::Reliability,
            "Pay the compensation the regulation sets (EUR 250, 400 or 600 by distance) in money; pay it in vouchers only with the {customer}'s signed agreement, and never refuse it for a technical fault, which is no extraordinary circumstance",
            "Wypłacaj odszkodowanie przewidziane w rozporządzeniu (250, 400 lub 600 euro zależnie od odległości) w pieniądzu; w bonach tylko za podpisaną zgodą {customer:gen}, i nigdy nie odmawiaj go z powodu usterki technicznej, która nie jest nadzwyczajną okolicznością",
            &format!("{EU261}, art. 7(1) and (3); Court of Justice of the EU, C-549/07 Wallentin-Hermann (technical problems); Moldovan Civil Aviation Authority on vouchers"))
            .critical()
            .when(Condition::builder().moments([M::Delivery]).started_by(Initiator::Company).hands_over([Valuable::Cash]))
            .targets(LevelTargets::same(T::Always)),
        rule("tarmac-delay-care", "tarmac-care", K::Procedure, D::Assurance,
            "While {customers} are held on board on the ground, keep the toilets working and medical help at hand, give water and a snack within 2 hours, tell them the reason and the status 30 minutes after the scheduled departure and every 30 minutes after, and on flights to or from the United States let them leave the aircraft before 3 hours (domestic) or 4 hours (international)",
            "Gdy {customers} czekają na pokładzie samolotu na ziemi, dbaj o działające toalety i dostęp do pomocy medycznej, podaj wodę i przekąskę w ciągu 2 godzin, podawaj przyczynę i stan sprawy 30 minut po planowym odlocie i potem co 30 minut, a w lotach do lub z USA pozwól im opuścić samolot przed upływem 3 godzin (loty krajowe) lub 4 godzin (międzynarodowe)",
            "US 14 CFR 259.4 (tarmac delay contingency plan, as Norwegian publishes it)")
            .critical()
            .when(held_on_board())
            .targets(LevelTargets::same(T::Always)),
        // ── Arrival and bags ─────────────────────────────────────────────────
        rule("bags-on-the-belt", "baggage-delivery", K::Procedure, D::Responsiveness,
            "Announce the carousel as the {customers} come in and deliver the last bag of the {visit} to it {target} of the aircraft reaching its stand, the first within 20 minutes",
            "Podaj numer taśmy, gdy {customers} wchodzą do hali, i dostarcz na nią ostatni bagaż z {visit:gen} {target} od postawienia samolotu na stanowisku, a pierwszy w ciągu 20 minut",
            &format!("{ARRIVAL_AUDIT} (carousel announced; first bag within 15 minutes for priority and 20 for economy, last within 25 and 30)"))
            .when(Condition::builder().moments([M::Delivery]).started_by(Initiator::Company).hands_over([Valuable::Baggage]))
            .targets(tiers(T::within_mins(30), T::within_mins(30), T::within_mins(25))),
        rule("mishandled-bag-report", "complaint-resolution", K::Procedure, D::Reliability,
            "Staff the baggage desk while the {visit}'s bags come in; raise a property irregularity report for a missing or damaged bag before the {customer} leaves, give them its reference, and tell them the time limits: 7 days for damage, 21 days for a delayed bag",
            "Zapewnij obsadę stanowiska bagażowego, gdy wydawane są bagaże z {visit:gen}; sporządź protokół nieprawidłowości bagażowej (PIR) dla brakującego lub uszkodzonego bagażu, zanim {customer} wyjdzie, podaj mu jego numer i poinformuj o terminach: 7 dni na uszkodzenie, 21 dni na opóźniony bagaż",
            &format!("Montreal Convention, art. 31 (Halsbury's Laws; Eurodelays; OpenFlightClaims); {ARRIVAL_AUDIT} (baggage desk staffed, forms at the desk)"))
            .critical()
            .when(Condition::builder().moments([M::Exception]).started_by(Initiator::Customer).channels([Ch::FaceToFace]).data([DataUse::Records]))
            .targets(LevelTargets::same(T::Always)),
    ]
}

/// The trade's exclusive gestures: what a passenger notices and did not
/// expect. Care owed by law is no gesture; doing it early and unasked is.
#[rustfmt::skip]
fn gestures() -> Vec<RuleBuilder> {
    let exclusive = |target| LevelTargets::new().at(L::Exclusive, target);
    vec![
        rule("no-fee-by-phone", "phone-booking", K::Procedure, D::Empathy,
            "Waive the telephone booking fee for a {customer} who cannot book online (an older or disabled passenger)",
            "Nie pobieraj opłaty za rezerwację telefoniczną od {customer:gen}, który nie może zarezerwować przez internet (osoby starszej lub z niepełnosprawnością)",
            "airline research notes, exclusive gestures (proposal: assisted booking without a fee)")
            .when(Condition::builder().moments([M::OrderTaking]).started_by(Initiator::Customer).channels([Ch::Telephone]))
            .targets(exclusive(T::Always)),
        rule("checked-in-automatically", "automatic-check-in", K::Procedure, D::Convenience,
            "Check the {customer} in automatically before online check-in opens, and send the boarding pass with their chosen seat kept",
            "Odpraw {customer:acc} automatycznie przed otwarciem odprawy online i wyślij kartę pokładową z zachowanym wybranym miejscem",
            "airline research notes, exclusive gestures (proposal: automatic check-in, as network carriers offer)")
            .when(Condition::builder().moments([M::Identification]).started_by(Initiator::Customer).channels([Ch::SelfService, Ch::App]))
            .targets(exclusive(T::Always)),
        rule("priority-tag-when-tight", "priority-baggage", K::Procedure, D::Empathy,
            "Give the bags of a {customer} with a tight connection, small children or reduced mobility a priority tag, without their asking",
            "Oznacz bagaż {customer:gen} z krótką przesiadką, z małymi dziećmi lub o ograniczonej sprawności etykietą priorytetową, zanim o to poprosi",
            "airline research notes, exclusive gestures (proposal: priority baggage for those who need it)")
            .when(Condition::builder().moments([M::Safekeeping]).started_by(Initiator::Customer).places([Place::Desk, Place::Counter]))
            .targets(exclusive(T::Always)),
        rule("welcomed-by-name-on-board", "welcome-by-name", K::PersonalContact, D::Empathy,
            "Greet by name every {customer} on the list of those who need help or fly with us often",
            "Witaj po nazwisku każdego {customer:acc} z listy osób potrzebujących pomocy lub często z nami latających",
            "airline research notes, exclusive gestures (the same assistant; passengers met by name)")
            .when(Condition::builder().moments([M::Welcome]).channels([Ch::FaceToFace]).after_in_sequence([M::Identification]))
            .targets(exclusive(T::Always)),
        rule("rerouted-on-any-airline", "rerouting", K::Procedure, D::Responsiveness,
            "Rebook a disrupted {customer} on another airline or by surface transport when that gets them there sooner, without their asking",
            "Przebukuj {customer:acc} dotkniętego utrudnieniem na inną linię lub na transport naziemny, gdy dotrze tak szybciej, zanim o to poprosi",
            "Regulation (EC) No 261/2004, art. 8(1)(b) (re-routing under comparable conditions at the earliest opportunity); airline research notes, exclusive gestures")
            .when(Condition::builder().moments([M::Request]).after_in_sequence([M::Disruption]))
            .targets(exclusive(T::Always)),
        rule("overnight-kit", "overnight-kit", K::Product, D::Empathy,
            "Hand a {customer} whose bag is missing an overnight kit at the desk, and the name of the agent who will follow the bag",
            "Wręcz {customer:dat}, którego bagaż zaginął, zestaw na noc przy stanowisku oraz nazwisko osoby, która będzie szukać bagażu",
            "airline research notes, exclusive gestures (a missing bag followed personally)")
            .once_per_contact()
            .when(Condition::builder().moments([M::Exception]).started_by(Initiator::Customer).channels([Ch::FaceToFace]))
            .targets(exclusive(T::Always)),
        rule("rebooked-before-told", "proactive-rebooking", K::Procedure, D::Empathy,
            "Have a new {visit} booked and in the app before the {customer} learns the first was cancelled, with another choice one tap away",
            "Zarezerwuj nowy {visit} i pokaż go w aplikacji, zanim {customer} dowie się o odwołaniu pierwszego, z inną możliwością na jedno dotknięcie",
            "trade notes, exclusive gestures")
            .once_per_contact()
            .when(disruption().channels([Ch::App, Ch::Sms, Ch::Email]))
            .targets(exclusive(T::Always)),
        rule("vouchers-without-asking", "care-unasked", K::Procedure, D::Empathy,
            "Hand out the meal vouchers at the gate, or send them to the app, as soon as the delay reaches the threshold, so that no {customer} queues or asks for them",
            "Rozdaj bony na posiłek przy wyjściu lub wyślij je do aplikacji, gdy tylko opóźnienie osiągnie próg, tak by żaden {customer} nie musiał o nie prosić ani stać w kolejce",
            &format!("trade notes, exclusive gestures; {EU261}, art. 9 (the care itself is owed)"))
            .when(care())
            .targets(exclusive(T::Always)),
        rule("compensation-paid-unasked", "compensation-unasked", K::Procedure, D::Empathy,
            "Pay the compensation due to the card the {order} was paid with, without the {customer} having to claim it",
            "Wypłać należne odszkodowanie na kartę, którą opłacono {order:acc}, bez konieczności składania wniosku przez {customer:acc}",
            "trade notes, exclusive gestures")
            .when(Condition::builder().moments([M::Delivery]).started_by(Initiator::Company).hands_over([Valuable::Cash]))
            .targets(exclusive(T::Always)),
        rule("found-bag-brought-home", "bag-return", K::PersonalContact, D::Empathy,
            "Bring a found bag to the {customer}'s hotel or home, with a personal call from the baggage agent when it is found",
            "Dostarcz odnaleziony bagaż do hotelu lub domu {customer:gen}, a gdy się odnajdzie, niech agent bagażowy osobiście do niego zadzwoni",
            "trade notes, exclusive gestures")
            .when(Condition::builder().moments([M::FollowUp]).hands_over([Valuable::Baggage]))
            .targets(exclusive(T::Always)),
        rule("late-connection-fetched", "missing-passenger", K::PersonalContact, D::Empathy,
            "Before the gate closes, walk to a late connecting {customer} or call them by name in the lounge",
            "Zanim wyjście zostanie zamknięte, wyjdź naprzeciw spóźnionemu {customer:dat} z przesiadki lub wywołaj go po nazwisku w poczekalni",
            "trade notes, exclusive gestures; Fiji Airways and BHD audits (lounge guests called)")
            .when(at_gate().moments([M::Information]).started_by(Initiator::Company))
            .targets(exclusive(T::Always)),
        rule("same-assistant-throughout", "assistance-continuity", K::PersonalContact, D::Empathy,
            "Have the same assistant meet a {customer} with reduced mobility at the drop-off point and stay with them to the seat",
            "Niech ten sam asystent przywita {customer:acc} o ograniczonej sprawności ruchowej w punkcie przyjazdu i zostanie z nim aż do miejsca w samolocie",
            "trade notes, exclusive gestures")
            .when(assistance().channels([Ch::FaceToFace]).moments([M::Delivery]))
            .targets(exclusive(T::Always)),
        rule("captain-explains", "delay-explained-personally", K::PersonalContact, D::Empathy,
            "Have the captain or the purser explain a delay on board in person, with honest detail and a fixed time for the next word",
            "Niech kapitan lub szef pokładu osobiście wyjaśni opóźnienie na pokładzie, szczerze i ze wskazaniem godziny następnej informacji",
            "trade notes, exclusive gestures")
            .when(held_on_board())
            .targets(exclusive(T::Always)),
    ]
}

/// A typical airline: a booking with a request for assistance and online
/// check-in, the departure through the airport to the cabin, the arrival
/// with the bags, a delay or cancellation, and a claim for compensation.
#[allow(clippy::too_many_lines, reason = "the template is one model of data")]
fn template() -> ServiceModelBuilder {
    let face = [Ch::FaceToFace];
    let remote = ServiceProfile::builder()
        .contact(ContactLevel::Low)
        .capacity(CapacityControl::Reservations)
        .tasks(TaskAllocation::ServiceAndSales)
        .build();
    let weeks = ServiceProfile::builder()
        .contact(ContactLevel::Low)
        .delivery(DeliverySpan::Weeks)
        .tasks(TaskAllocation::ServiceOnly)
        .build();
    ServiceModel::builder("An airline")
        .pack("airline")
        .profile(
            ServiceProfile::builder()
                .contact(ContactLevel::Medium)
                .capacity(CapacityControl::Queues)
                .tasks(TaskAllocation::ServiceAndSales)
                .build(),
        )
        .departments(
            [
                department("reservations", "Reservations"),
                department("ground-handling", "Check-in and special assistance"),
                department("gate", "Gate"),
                department("cabin-crew", "Cabin crew"),
                department("baggage-services", "Baggage services"),
                department("operations-control", "Operations control"),
                department("customer-relations", "Customer relations"),
            ]
            .into_iter()
            .flatten(),
        )
        .sequence(
            Sequence::builder("booking", "Booking and before the flight")
                .profile(remote)
                .phase(
                    Phase::builder("book", "Booking")
                        .channels([Ch::WebForm, Ch::App, Ch::Telephone])
                        .step(
                            step(
                                "search-and-book",
                                "Passenger chooses the flight, the fare and any extras",
                                M::OrderTaking,
                                "reservations",
                            )
                            .place(Place::Remote)
                            .data([DataUse::Records])
                            .characteristics([C::Honest, C::Accurate]),
                        )
                        .step(
                            step("pay-booking", "Passenger pays for the booking", M::Payment, "reservations")
                                .place(Place::Remote)
                                .characteristics([C::Safe]),
                        ),
                )
                .phase(
                    Phase::builder("confirmation", "Confirmation").channels([Ch::Email, Ch::App]).step(
                        step(
                            "confirm-booking",
                            "E-ticket and receipt with the baggage rules and the summary of liability",
                            M::Billing,
                            "reservations",
                        )
                        .started_by(Initiator::Company)
                        .hands_over([Valuable::Documents])
                        .characteristics([C::Clear, C::Accurate]),
                    ),
                )
                .phase(
                    Phase::builder("assistance", "Special assistance")
                        .channels([Ch::Telephone, Ch::WebForm])
                        .step(
                            step(
                                "request-assistance",
                                "Passenger asks for help with reduced mobility, a special meal or a child travelling alone",
                                M::OrderTaking,
                                "reservations",
                            )
                            .place(Place::Remote)
                            .data([DataUse::Records])
                            .characteristics([C::Accessible, C::Accurate]),
                        ),
                )
                .phase(
                    Phase::builder("online-check-in", "Online check-in")
                        .channels([Ch::WebForm, Ch::App, Ch::SelfService])
                        .step(
                            step(
                                "online-check-in",
                                "Passenger checks in, gives the passport details and gets the boarding pass",
                                M::Identification,
                                "ground-handling",
                            )
                            .place(Place::Remote)
                            .data([DataUse::Records])
                            .characteristics([C::Clear]),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("departure", "At the airport and on board")
                .phase(
                    Phase::builder("check-in", "Check-in and bag drop")
                        .channels(face)
                        .step(
                            step(
                                "queue-for-desk",
                                "Passengers queue for the check-in and bag-drop desks under the flight screens",
                                M::Waiting,
                                "ground-handling",
                            )
                            .place(Place::Desk)
                            .no_contact(),
                        )
                        .step(
                            step("greet-at-desk", "Agent greets the passenger called to the desk", M::Welcome, "ground-handling")
                                .place(Place::Desk)
                                .opens_contact()
                                .characteristics([C::Friendly, C::Courteous]),
                        )
                        .step(
                            step(
                                "document-check",
                                "Agent checks the booking, the passport or identity card and any visa",
                                M::Identification,
                                "ground-handling",
                            )
                            .place(Place::Desk)
                            .started_by(Initiator::Company)
                            .continues("check-in/greet-at-desk")
                            .data([DataUse::LooksUp])
                            .hands_over([Valuable::Documents]),
                        )
                        .step(
                            step(
                                "bag-drop",
                                "Passenger hands over the bags; they are weighed, tagged and receipted",
                                M::Safekeeping,
                                "ground-handling",
                            )
                            .channels([Ch::FaceToFace, Ch::SelfService])
                            .place(Place::Desk)
                            .continues("check-in/greet-at-desk")
                            .data([DataUse::Records])
                            .hands_over([Valuable::Baggage])
                            .characteristics([C::Accurate]),
                        )
                        .step(
                            step(
                                "issue-boarding-pass",
                                "Agent hands over the boarding pass with the gate, the time and the way to security",
                                M::Information,
                                "ground-handling",
                            )
                            .place(Place::Desk)
                            .started_by(Initiator::Company)
                            .continues("check-in/greet-at-desk")
                            .hands_over([Valuable::Documents])
                            .characteristics([C::Clear, C::Informative]),
                        ),
                )
                .phase(
                    Phase::builder("assistance", "Special assistance").channels(face).step(
                        step(
                            "assist-to-aircraft",
                            "Assistant takes a passenger with reduced mobility from the designated point through check-in, security and the gate to the seat",
                            M::Delivery,
                            "ground-handling",
                        )
                        .started_by(Initiator::Company)
                        .risk(Risk::High)
                        .characteristics([C::Accessible, C::Patient]),
                    ),
                )
                .phase(
                    Phase::builder("gate", "The gate")
                        .channels(face)
                        .step(
                            step(
                                "wait-at-gate",
                                "Passengers wait at the gate; the screens show the flight, the boarding time and any delay",
                                M::Waiting,
                                "gate",
                            )
                            .place(Place::Gate)
                            .no_contact(),
                        )
                        .step(
                            step(
                                "boarding-calls",
                                "Pre-boarding, priority, general boarding and final calls; the last passengers called by name",
                                M::Information,
                                "gate",
                            )
                            .place(Place::Gate)
                            .started_by(Initiator::Company)
                            .opens_contact()
                            .characteristics([C::Clear, C::Attentive]),
                        )
                        .step(
                            step(
                                "board-flight",
                                "Boarding passes scanned and passports matched as passengers board in order",
                                M::Identification,
                                "gate",
                            )
                            .channels([Ch::FaceToFace, Ch::SelfService])
                            .place(Place::Gate)
                            .started_by(Initiator::Company)
                            .data([DataUse::LooksUp])
                            .hands_over([Valuable::Documents])
                            .characteristics([C::Courteous]),
                        ),
                )
                .phase(
                    Phase::builder("on-board", "On board")
                        .channels(face)
                        .step(
                            step(
                                "welcome-on-board",
                                "Crew greets the passenger at the door and helps with the seat and the bags",
                                M::Welcome,
                                "cabin-crew",
                            )
                            .place(Place::Gate)
                            .characteristics([C::Friendly, C::Helpful]),
                        )
                        .step(
                            step("safety-briefing", "Safety demonstration and cabin checks", M::Information, "cabin-crew")
                                .started_by(Initiator::Company)
                                .characteristics([C::Clear, C::Safe]),
                        )
                        .step(
                            step("cabin-service", "Meals and drinks served", M::Hospitality, "cabin-crew")
                                .started_by(Initiator::Company)
                                .characteristics([C::Attentive, C::Friendly]),
                        )
                        .step(
                            step("farewell-on-board", "Crew says goodbye at the door", M::Farewell, "cabin-crew")
                                .started_by(Initiator::Company)
                                .characteristics([C::Friendly]),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("arrival", "Arrival")
                .phase(
                    Phase::builder("arrival", "Arrival")
                        .channels(face)
                        .step(
                            step(
                                "meet-aircraft",
                                "Agents meet the aircraft on stand, with wheelchairs for the passengers who booked them",
                                M::Welcome,
                                "ground-handling",
                            )
                            .place(Place::Gate)
                            .started_by(Initiator::Company)
                            .characteristics([C::Accessible]),
                        )
                        .step(
                            step(
                                "deliver-baggage",
                                "Bags delivered to the announced carousel",
                                M::Delivery,
                                "baggage-services",
                            )
                            .started_by(Initiator::Company)
                            .hands_over([Valuable::Baggage])
                            .no_contact(),
                        ),
                )
                .phase(
                    Phase::builder("baggage-desk", "Baggage desk").channels(face).step(
                        step(
                            "report-mishandled-bag",
                            "Passenger reports a missing or damaged bag and gets a report with its reference",
                            M::Exception,
                            "baggage-services",
                        )
                        .place(Place::Desk)
                        .data([DataUse::Records])
                        .characteristics([C::Patient, C::Helpful]),
                    ),
                )
                .phase(
                    Phase::builder("bag-return", "A found bag returned")
                        .channels([Ch::Telephone, Ch::Sms, Ch::FaceToFace])
                        .step(
                            step(
                                "return-found-bag",
                                "The bag is traced, the passenger told, and the bag delivered",
                                M::FollowUp,
                                "baggage-services",
                            )
                            .started_by(Initiator::Company)
                            .hands_over([Valuable::Baggage]),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("disruption", "A delay or a cancellation")
                .phase(
                    Phase::builder("inform", "Telling passengers")
                        .channels([Ch::Sms, Ch::App, Ch::Email, Ch::FaceToFace])
                        .step(
                            step(
                                "notify-disruption",
                                "Message and gate announcement with the reason, the new time and the time of the next update",
                                M::Disruption,
                                "operations-control",
                            )
                            .started_by(Initiator::Company)
                            .characteristics([C::Honest, C::Informative]),
                        )
                        .step(
                            step(
                                "hand-rights-notice",
                                "Written notice of the passengers' rights handed over at the gate and sent by e-mail",
                                M::Disruption,
                                "gate",
                            )
                            .channels([Ch::FaceToFace, Ch::Email])
                            .started_by(Initiator::Company)
                            .hands_over([Valuable::Documents]),
                        ),
                )
                .phase(
                    Phase::builder("care", "Care").channels([Ch::FaceToFace, Ch::App]).step(
                        step(
                            "provide-care",
                            "Meal vouchers, calls, and a hotel with transport when the flight leaves the next day",
                            M::Hospitality,
                            "ground-handling",
                        )
                        .place(Place::Gate)
                        .started_by(Initiator::Company)
                        .hands_over([Valuable::Documents])
                        .characteristics([C::Attentive]),
                    ),
                )
                .phase(
                    Phase::builder("recovery", "Re-routing or refund")
                        .channels([Ch::FaceToFace, Ch::App, Ch::Telephone])
                        .step(
                            step(
                                "rebook-or-refund",
                                "Passenger chooses a new flight or a refund",
                                M::OrderTaking,
                                "reservations",
                            )
                            .place(Place::Desk)
                            .data([DataUse::Records])
                            .hands_over([Valuable::Cash])
                            .characteristics([C::Flexible, C::Accurate]),
                        ),
                )
                .phase(
                    Phase::builder("held-on-board", "Held on board").channels(face).step(
                        step(
                            "tarmac-delay",
                            "Passengers are held on board on the ground; the crew keeps them informed and cared for",
                            M::Disruption,
                            "cabin-crew",
                        )
                        .started_by(Initiator::Company)
                        .characteristics([C::Safe, C::Informative]),
                    ),
                ),
        )
        .sequence(
            Sequence::builder("claim", "A claim for compensation")
                .profile(weeks)
                .phase(
                    Phase::builder("claim", "Claim").channels([Ch::WebForm, Ch::Email]).step(
                        step(
                            "file-claim",
                            "Passenger claims compensation for a delay or a cancellation",
                            M::Exception,
                            "customer-relations",
                        )
                        .data([DataUse::Records])
                        .characteristics([C::Patient]),
                    ),
                )
                .phase(
                    Phase::builder("payment", "Payment").channels([Ch::Email]).step(
                        step(
                            "pay-compensation",
                            "Compensation paid, with the decision in writing",
                            M::Delivery,
                            "customer-relations",
                        )
                        .started_by(Initiator::Company)
                        .hands_over([Valuable::Cash]),
                    ),
                ),
        )
}
