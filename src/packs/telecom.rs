//! The telecom pack: a provider of a continuous service under a contract
//! (a mobile, broadband or pay-TV operator; much of it holds for an
//! electricity or gas supplier too), with shops, a hotline, field
//! engineers, network operations, billing and a complaints unit.
//!
//! Written in our own words from public sources of the trade; each rule
//! names its source in its `source` field:
//!
//! - UKE (the Polish telecom regulator) on complaints and number porting,
//!   and the Polish regulation on complaints of 29 September 2025 (Dz.U.
//!   2025 poz. 1371, under the Electronic Communications Law, art. 378);
//! - the European Electronic Communications Code (Directive 2018/1972),
//!   art. 102 (contract summary), 105 (duration and end of contract) and
//!   106 (switching and porting), with BEREC and BIPT on them;
//! - Ofcom's automatic compensation and end-of-contract notifications, and
//!   Ofgem's Guaranteed Standards of Performance (UK);
//! - Polish electricity rules on interruptions and rebates, as the press
//!   and operators' bills state them;
//! - TeleChoice's "Store Standards Audit" (SafetyCulture public library)
//!   and Mobile News mystery shops of phone shops.

use super::{
    PackBuilder,
    kit::{self, assemble, days, department, noun, rule, step, tiers},
};
use crate::{
    model::Capability as Cap, model::CapacityControl, model::Channel as Ch, model::Characteristic as C,
    model::ContactLevel, model::DataUse, model::DeliverySpan, model::Factor as F, model::Initiator,
    model::MomentKind as M, model::Noun, model::Phase, model::Place, model::QualityDimension as D,
    model::Risk, model::Sequence, model::ServiceLevel as L, model::ServiceModel, model::ServiceModelBuilder,
    model::ServiceProfile, model::StandardKind as K, model::TaskAllocation, model::Valuable,
    rules::Condition, rules::ConditionBuilder, rules::Pack, rules::RuleBuilder, standard::Cover,
    standard::LevelTargets, standard::PolicyScope as P, standard::Target as T,
};

const TELECHOICE: &str = "TeleChoice, Store Standards Audit (SafetyCulture public library)";
const MYSTERY_SHOP: &str = "Mobile News mystery shops of UK phone shops (2007–2008)";
const EECC: &str = "European Electronic Communications Code (Directive 2018/1972)";
const OFCOM_COMPENSATION: &str =
    "Ofcom automatic compensation for landline and broadband customers (2017; amounts as updated)";
const OFGEM_GSOP: &str =
    "Ofgem Guaranteed Standards of Performance (Green Energy, British Gas, npower leaflets)";
const PL_COMPLAINTS: &str = "Polish Electronic Communications Law art. 378 and the regulation on complaints of 29 September 2025 (Dz.U. 2025 poz. 1371), as UKE explains them";
const PL_OUTAGES: &str = "Polish electricity supply rules on interruptions and rebates (Rzeczpospolita, Gazeta Prawna; limits as printed on E.ON bills)";
const OFCOM_END_OF_CONTRACT: &str =
    "Ofcom end-of-contract notifications and annual best-tariff information (General Condition C1)";

/// At least once every this many days.
const fn every_days(n: u64) -> T {
    T::Every(std::time::Duration::from_secs(n * 86_400))
}

/// In the shop: face to face, at its entrance or a counter (not at the
/// customer's home).
fn in_shop() -> ConditionBuilder {
    Condition::builder().channels([Ch::FaceToFace]).places([Place::Gate, Place::Counter])
}

/// Someone comes into the shop: a contact the customer opens face to face,
/// at the entrance.
fn arriving() -> ConditionBuilder {
    Condition::builder()
        .channels([Ch::FaceToFace])
        .moments([M::Welcome])
        .started_by(Initiator::Customer)
        .opening()
        .places([Place::Gate])
}

/// An engineer's visit: the company comes to the customer, at a booked time.
fn engineer_visit() -> ConditionBuilder {
    Condition::builder()
        .channels([Ch::FaceToFace])
        .moments([M::Delivery])
        .started_by(Initiator::Company)
        .characteristics([C::Punctual])
}

/// A fault or outage the customer reports: fixed in days.
fn fault() -> ConditionBuilder {
    Condition::builder()
        .moments([M::Exception])
        .started_by(Initiator::Customer)
        .factors([F::DeliverySpan(DeliverySpan::Days)])
}

/// A complaint: handled in weeks.
fn complaint() -> ConditionBuilder {
    Condition::builder().factors([F::DeliverySpan(DeliverySpan::Weeks)])
}

/// The reply to a complaint: the company writes, handing over its decision.
fn complaint_reply() -> ConditionBuilder {
    complaint().moments([M::Exception]).started_by(Initiator::Company).hands_over([Valuable::Documents])
}

/// Signing a contract: the order is taken and its documents handed over.
fn signing() -> ConditionBuilder {
    Condition::builder().moments([M::OrderTaking]).hands_over([Valuable::Documents])
}

/// The pack.
pub(super) fn pack() -> PackBuilder {
    let mut pack = Pack::builder("telecom", "Telecom or utility provider");
    pack = noun(
        pack,
        Noun::Customer,
        // "Customer", not "subscriber": the pack serves energy and water
        // suppliers too, whose customers subscribe to nothing.
        ("customer", "customers"),
        [
            ["klient", "klienta", "klientowi", "klienta", "klientem", "kliencie"],
            ["klienci", "klientów", "klientom", "klientów", "klientami", "klientach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Order,
        ("contract", "contracts"),
        [
            ["umowa", "umowy", "umowie", "umowę", "umową", "umowie"],
            ["umowy", "umów", "umowom", "umowy", "umowami", "umowach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Bill,
        ("bill", "bills"),
        [
            ["rachunek", "rachunku", "rachunkowi", "rachunek", "rachunkiem", "rachunku"],
            ["rachunki", "rachunków", "rachunkom", "rachunki", "rachunkami", "rachunkach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Visit,
        ("installation", "installations"),
        [
            ["instalacja", "instalacji", "instalacji", "instalację", "instalacją", "instalacji"],
            ["instalacje", "instalacji", "instalacjom", "instalacje", "instalacjami", "instalacjach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Place,
        ("shop", "shops"),
        [
            ["salon", "salonu", "salonowi", "salon", "salonem", "salonie"],
            ["salony", "salonów", "salonom", "salony", "salonami", "salonach"],
        ],
    );
    assemble(pack, essentials(), gestures(), template())
}

/// The trade's essentials: what a shop manager, a service director and the
/// regulator insist on.
#[rustfmt::skip]
#[allow(clippy::too_many_lines, reason = "the pack's rules are one table of data")]
fn essentials() -> Vec<RuleBuilder> {
    vec![
        // A national hotline queues its calls: readers of an energy
        // supplier and a mobile operator read rings as a small office's
        // measure on every hotline step.
        kit::answered_to_the_service_level(
            "held-out readings of an energy supplier's and a mobile operator's hotlines; Off Center, 'Service level – the indispensable call center accessibility metric'",
        ),
        // ── The shop ─────────────────────────────────────────────────────────
        rule("acknowledged-on-entry", "greeting-on-arrival", K::PersonalContact, D::Responsiveness,
            "Acknowledge every {customer} {target} of their coming into the {place}, and tell them how long the wait is when every adviser is busy",
            "Daj znak każdemu {customer:dat} {target} od jego wejścia do {place:gen}, a gdy wszyscy doradcy są zajęci, powiedz mu, jak długo poczeka",
            &format!("{MYSTERY_SHOP} (long waits to be approached); trade notes, essential 25 (a greeter within a minute)"))
            .when(arriving())
            .targets(tiers(T::within_secs(60), T::within_secs(30), T::within_secs(15))),
        rule("uniform-badge-grooming", "staff-appearance", K::PersonalContact, D::Tangibles,
            "Wear only the approved uniform, with the approved name badge or ID card where it can be read, and be well groomed, whenever {customers} can see you, in the {place} or at their home",
            "Noś wyłącznie zatwierdzony uniform z zatwierdzonym identyfikatorem lub kartą służbową w widocznym miejscu i dbaj o schludny wygląd zawsze, gdy widzą cię {customers}, w {place:loc} lub w ich domu",
            &format!("{TELECHOICE}, items 19–21"))
            .once_per_contact()
            .when(Condition::builder().channels([Ch::FaceToFace]).moments([M::Welcome, M::Delivery]))
            .targets(LevelTargets::same(T::Always)),
        rule("monthly-product-quiz", "product-knowledge-check", K::Procedure, D::Assurance,
            "Test every adviser each month on the current tariffs, devices and offers, and let them advise {customers} only with correct answers {target}",
            "Sprawdzaj co miesiąc wiedzę każdego doradcy o aktualnych taryfach, urządzeniach i ofertach i pozwalaj mu doradzać {customers:dat} tylko przy poprawnych odpowiedziach {target}",
            &format!("{TELECHOICE}, item 22 (at least 80 % in the monthly quiz); {MYSTERY_SHOP} (product and tariff knowledge scored)"))
            .policy(P::Department)
            .when(in_shop().moments([M::Consultation]).characteristics([C::Knowledgeable]))
            .targets(tiers(T::Share(80), T::Share(80), T::Share(90))),
        rule("customer-data-out-of-sight", "data-in-view", K::Procedure, D::Assurance,
            "Never leave a {customer}'s identity document, a copy of it, a {order} or a screen with their data where other people in the {place} can see it",
            "Nigdy nie zostawiaj dokumentu tożsamości {customer:gen}, jego kopii, {order:gen} ani ekranu z jego danymi tam, gdzie mogą je zobaczyć inne osoby w {place:loc}",
            &format!("{TELECHOICE} (shop floor free of customer data); GDPR (Regulation 2016/679) art. 5(1)(f) and 32"))
            .critical()
            .once_per_contact()
            .when(in_shop().places([Place::Counter]).data([DataUse::Records, DataUse::LooksUp]))
            .targets(LevelTargets::same(T::Never)),
        rule("identity-before-contract-sim-or-porting", "identity-check", K::Procedure, D::Assurance,
            "Check the {customer}'s identity document against the {order} before signing a {order}, replacing a SIM card or accepting a porting request; never on a copy or a photograph alone",
            "Porównaj dokument tożsamości {customer:gen} z danymi {order:gen}, zanim podpiszesz {order:acc}, wymienisz kartę SIM lub przyjmiesz wniosek o przeniesienie numeru; nigdy na podstawie samej kopii lub zdjęcia",
            "UKE, number porting (the data of the request must match the old contract); trade notes, essential 22 (SIM-swap fraud)")
            .critical()
            .when(Condition::builder().moments([M::Identification]))
            .targets(LevelTargets::same(T::Always)),
        rule("price-shown-is-price-charged", "price-display", K::Product, D::Reliability,
            "Show the current price on every handset card, accessory tag and offer in the {place}, the same as in the catalogue and on the {bill} the {customer} will get",
            "Pokazuj aktualną cenę na każdej karcie telefonu, metce akcesorium i ofercie w {place:loc}, taką samą jak w katalogu i na {bill:loc}, który dostanie {customer}",
            &format!("{TELECHOICE}, items 3 and 5 (price tags match the catalogue); Directive 98/6/EC on price indication"))
            .critical()
            .once_per_contact()
            .when(in_shop().moments([M::Welcome, M::Consultation]))
            .targets(LevelTargets::same(T::Always)),
        rule("full-range-on-display", "product-displays", K::Product, D::Tangibles,
            "Have every handset, tablet and accessory of the current catalogue in stock and on display: every display (business, no-contract, prepaid, tablets, accessories) in place and filled, each handset with its dummy and its feature card, demo phones live and charged, the screens on and current",
            "Miej każdy telefon, tablet i akcesorium z aktualnego katalogu na stanie i na ekspozycji: każda ekspozycja (biznesowa, bez umowy, na kartę, tablety, akcesoria) na miejscu i zapełniona, każdy telefon z atrapą i kartą opisu, telefony demonstracyjne włączone i naładowane, ekrany włączone i aktualne",
            &format!("{TELECHOICE}, items 1, 4–7, 10–13 and 18; {MYSTERY_SHOP} (missing demo units)"))
            .once_per_contact()
            .when(arriving())
            .targets(LevelTargets::same(T::Always)),
        rule("current-offers-on-display", "printed-materials", K::Product, D::Communication,
            "Display the catalogue's current offers (front page, back page, full and half pages), and only current posters, leaflets and signs approved by head office, in good condition",
            "Eksponuj aktualne oferty z katalogu (pierwsza i ostatnia strona, oferty całostronicowe i półstronicowe) oraz wyłącznie aktualne, zatwierdzone przez centralę plakaty, ulotki i oznaczenia, w dobrym stanie",
            &format!("{TELECHOICE}, items 8, 9 and 14–17"))
            .once_per_contact()
            .when(arriving())
            .targets(LevelTargets::same(T::Always)),
        rule("shop-spotless", "tidy-premises", K::Product, D::Tangibles,
            "Keep the {place} spotless while it is open: no dust, cobwebs, tape marks or fingerprints, counters clear, floors clean, bins emptied, every light working, and deliveries and spare stock out of the {customers}' sight",
            "Utrzymuj {place:acc} w nienagannej czystości przez cały czas otwarcia: bez kurzu, pajęczyn, śladów taśmy i odcisków palców, z uporządkowanymi ladami, czystą podłogą, opróżnionymi koszami, sprawnym oświetleniem, a dostawy i zapasy poza zasięgiem wzroku {customers:gen}",
            &format!("{TELECHOICE}, items 2 and 23–27"))
            .once_per_contact()
            .when(arriving())
            .targets(LevelTargets::same(T::Always)),
        rule("usage-before-tariff", "needs-discovery", K::PersonalContact, D::Empathy,
            "Ask the {customer} open questions about how they will use the service (how much, when and where), {target}, before proposing a tariff, and propose the plan that fits, with the reasons",
            "Zadaj {customer:dat} pytania otwarte o to, jak będzie korzystał z usługi (ile, kiedy i gdzie), {target}, zanim zaproponujesz taryfę, i zaproponuj pasujący plan, z uzasadnieniem",
            &format!("{MYSTERY_SHOP} (questioning ability; one tariff pushed whatever the need)"))
            .when(Condition::builder().moments([M::Consultation]).started_by(Initiator::Customer).capabilities([Cap::Synchronous]))
            .targets(tiers(T::AtLeast(2), T::AtLeast(2), T::AtLeast(3))),
        rule("tariffs-known-first-hand", "answer-accuracy", K::Procedure, D::Assurance,
            "Answer the {customer}'s questions on the tariff, the service and the {bill} correctly yourself, without passing them to another colleague, {target}",
            "Odpowiadaj na pytania {customer:gen} o taryfę, usługę i {bill:acc} poprawnie i samodzielnie, bez przekazywania go innemu pracownikowi, {target}",
            &format!("{MYSTERY_SHOP} (airtime knowledge; customers passed between three staff)"))
            .when(Condition::builder().moments([M::Consultation, M::Information]).started_by(Initiator::Customer).capabilities([Cap::StaffHeard]))
            .targets(tiers(T::Share(90), T::Share(95), T::Share(98))),
        // ── The contract ─────────────────────────────────────────────────────
        rule("contract-summary-before-signing", "pre-contract-information", K::Procedure, D::Communication,
            "Before the {customer} signs, hand them the contract summary and go through it: the monthly and total price, the term, renewal and termination costs, the repayment of the device, the speeds and the compensation terms",
            "Zanim {customer} podpisze, wręcz mu podsumowanie umowy i omów je: cenę miesięczną i całkowitą, okres, warunki przedłużenia i koszty rozwiązania, spłatę urządzenia, prędkości i zasady odszkodowań",
            &format!("{EECC}, art. 102 (contract summary before the contract is concluded); BIPT, minimum elements of a contract"))
            .critical()
            .when(signing())
            .targets(LevelTargets::same(T::Always)),
        rule("term-at-most-24-months", "contract-term", K::Product, D::Reliability,
            "Never tie a consumer to a {order} for more than 24 months, and spread the price of a subsidised device in equal instalments over no more than that term",
            "Nigdy nie wiąż konsumenta {order:ins} na dłużej niż 24 miesiące, a cenę dotowanego urządzenia rozkładaj na równe raty na okres nie dłuższy niż ten",
            &format!("{EECC}, art. 105(1); BIPT, minimum elements of a contract (linear repayment of equipment)"))
            .critical()
            .when(signing())
            .targets(LevelTargets::same(T::Always)),
        rule("porting-free-in-one-working-day", "number-porting", K::Procedure, D::Reliability,
            "Take the porting order for the date the {customer} chooses, do the paperwork with the old provider yourselves, charge nothing for it, and have the number working within one working day, with at most 3 night hours without service on a mobile and 24 hours on a fixed line",
            "Przyjmij wniosek o przeniesienie numeru na dzień wybrany przez {customer:acc}, sam załatw formalności u dotychczasowego dostawcy, nie pobieraj za to opłaty i uruchom numer w ciągu jednego dnia roboczego, z przerwą najwyżej 3 godzin nocnych w sieci komórkowej i 24 godzin w stacjonarnej",
            &format!("{EECC}, art. 106 (BEREC on switching); UKE, how to port a number to a new operator"))
            .critical()
            .when(Condition::builder().moments([M::OrderTaking]).characteristics([C::Prompt]))
            .targets(LevelTargets::same(T::Always)),
        // ── Installation and engineers ───────────────────────────────────────
        rule("slot-the-customer-chooses", "appointment-window", K::Procedure, D::Convenience,
            "Let the {customer} choose the date of an {visit} or a repair, and give a slot of no more than four hours (two on request), Monday to Friday 8:00–20:00 and at weekends 9:00–17:00",
            "Pozwól {customer:dat} wybrać dzień {visit:gen} lub naprawy i podaj przedział nie dłuższy niż cztery godziny (dwie na życzenie), od poniedziałku do piątku 8:00–20:00, w weekendy 9:00–17:00",
            &format!("{OFGEM_GSOP} (choice of dates; 4-hour slots, 2-hour on request)"))
            .when(Condition::builder().moments([M::OrderTaking]).characteristics([C::Flexible]))
            .targets(LevelTargets::same(T::Always)),
        rule("engineer-within-the-slot", "punctuality", K::Procedure, D::Reliability,
            "Arrive within the booked slot, and never move a booked {visit} or repair less than one working day before it without the {customer}'s consent",
            "Przyjeżdżaj w umówionym przedziale czasu i nigdy nie przekładaj umówionej {visit:gen} lub naprawy później niż na jeden dzień roboczy przed nią bez zgody {customer:gen}",
            &format!("{OFGEM_GSOP} (no rearranging less than a day ahead); {OFCOM_COMPENSATION}"))
            .critical()
            .when(engineer_visit())
            .targets(LevelTargets::same(T::Always)),
        rule("missed-visit-compensated", "automatic-compensation", K::Procedure, D::Reliability,
            "When a booked {visit} or repair is missed, or cancelled less than 24 hours ahead, credit the {customer} the fixed compensation within 10 working days, without their having to claim it",
            "Gdy umówiona {visit} lub naprawa nie dojdzie do skutku albo zostanie odwołana później niż 24 godziny wcześniej, przyznaj {customer:dat} stałe odszkodowanie w ciągu 10 dni roboczych, bez potrzeby upominania się o nie",
            &format!("{OFCOM_COMPENSATION} (a fixed sum per missed appointment); {OFGEM_GSOP} (paid within 10 working days)"))
            .critical()
            .when(engineer_visit())
            .targets(LevelTargets::same(T::Always)),
        rule("service-live-on-the-date", "punctuality", K::Procedure, D::Reliability,
            "Have the service working on the start date promised, and credit the {customer} a fixed sum for every day it is late, without their having to claim it",
            "Uruchom usługę w obiecanym dniu, a za każdy dzień opóźnienia przyznaj {customer:dat} stałą kwotę, bez potrzeby upominania się o nią",
            &format!("{OFCOM_COMPENSATION} (a fixed sum per calendar day of delay)"))
            .critical()
            .when(Condition::builder().moments([M::Delivery]).characteristics([C::Punctual]).except_channels([Ch::FaceToFace]))
            .targets(LevelTargets::same(T::Always)),
        // ── Faults and outages ───────────────────────────────────────────────
        rule("total-loss-fixed-in-two-working-days", "complaint-resolution", K::Procedure, D::Responsiveness,
            "Restore a total loss of service {target} of the report, counting working days, and from then on credit the {customer} a fixed sum for every further day, without their having to claim it",
            "Przywróć usługę po jej całkowitej utracie {target} od zgłoszenia, licząc dni robocze, a od tej chwili przyznawaj {customer:dat} stałą kwotę za każdy kolejny dzień, bez potrzeby upominania się o nią",
            &format!("{OFCOM_COMPENSATION} (after two full working days, a fixed sum per day)"))
            .critical()
            .when(fault())
            .targets(tiers(days(2), days(1), days(1))),
        rule("faults-taken-around-the-clock", "reporting-cover", K::Procedure, D::Responsiveness,
            "Take reports of faults and outages {target}, by phone and in the app",
            "Przyjmuj zgłoszenia awarii i przerw w dostawie {target}, telefonicznie i w aplikacji",
            &format!("{PL_OUTAGES} (the 991 emergency line, 24/7); trade notes, essential 15"))
            .critical()
            .when(fault().opening())
            .targets(LevelTargets::same(T::Cover(Cover::AROUND_THE_CLOCK))),
        rule("planned-works-announced", "disruption-notice", K::Procedure, D::Communication,
            "Announce every planned interruption days ahead, on the website, by a notice in the building and by text to the {customers} affected, with the date, the hours and the area",
            "Zapowiadaj każdą planowaną przerwę z kilkudniowym wyprzedzeniem, na stronie internetowej, ogłoszeniem w budynku i SMS-em do {customers:gen}, których dotyczy, z datą, godzinami i obszarem",
            &format!("{PL_OUTAGES} (planned outages published on the website, in stairwells, in local media and by SMS several days ahead; the legal notice period was not found)"))
            .critical()
            .when(Condition::builder().moments([M::Disruption]).characteristics([C::Proactive]))
            .targets(LevelTargets::same(T::Always)),
        rule("interruptions-within-limits", "supply-continuity", K::Product, D::Reliability,
            "Keep every interruption within the limits the {order} and the law set, and grant the rebate for the time beyond them, whatever the cause, storms included",
            "Utrzymuj każdą przerwę w granicach określonych w {order:loc} i w przepisach, a za czas ponad nie przyznawaj bonifikatę, bez względu na przyczynę, także przy wichurach",
            &format!("{PL_OUTAGES} (rebate of ten times the price for each unit not supplied)"))
            .critical()
            .when(Condition::builder().moments([M::Disruption]))
            .targets(LevelTargets::same(T::Always)),
        rule("rebate-request-answered", "rebate-answer", K::Procedure, D::Reliability,
            "Answer a request for a rebate for an interruption or a breach of the quality standards {target} of its receipt, and credit the rebate on the next {bill} when it is due",
            "Odpowiadaj na wniosek o bonifikatę za przerwę w dostawie lub za niedotrzymanie standardów jakości {target} od jego otrzymania, a należną bonifikatę zaliczaj na najbliższy {bill:acc}",
            &format!("{PL_OUTAGES} (a rebate request answered within 30 days; rebates also for breaches of customer-service standards)"))
            .critical()
            .when(complaint_reply())
            .targets(tiers(days(30), days(14), days(7))),
        rule("reconnected-after-payment", "reconnection", K::Procedure, D::Responsiveness,
            "Restore a service cut off for arrears {target} of the debt being paid or a payment plan agreed",
            "Przywróć usługę wstrzymaną z powodu zaległości {target} od spłaty długu lub uzgodnienia planu spłaty",
            &format!("{OFGEM_GSOP} (reconnection within 24 hours)"))
            .critical()
            .when(Condition::builder().moments([M::Delivery]).started_by(Initiator::Company).data([DataUse::Records]).characteristics([C::Prompt]))
            .targets(tiers(T::within_hours(24), T::within_hours(8), T::within_hours(4))),
        // ── Complaints ───────────────────────────────────────────────────────
        rule("complaint-taken-any-way", "complaint-intake", K::Procedure, D::Responsiveness,
            "Take a complaint made in writing, aloud, by phone or by e-mail within 12 months of the fault or the {bill}; write an oral complaint made in a {place} into a record and give the {customer} a copy",
            "Przyjmuj reklamację złożoną na piśmie, ustnie, telefonicznie lub e-mailem w ciągu 12 miesięcy od usterki lub wystawienia {bill:gen}; ustną reklamację złożoną w {place:loc} zapisz w protokole i wydaj {customer:dat} jego kopię",
            PL_COMPLAINTS)
            .critical()
            .when(complaint().moments([M::Exception]).started_by(Initiator::Customer))
            .targets(LevelTargets::same(T::Always)),
        rule("complaint-confirmed-durably", "order-confirmation", K::Procedure, D::Communication,
            "Confirm every complaint on paper or by e-mail: at once when it is handed in at a {place}, and {target} of its receipt when it comes by post, with the unit handling it",
            "Potwierdzaj każdą reklamację na piśmie lub e-mailem: od razu, gdy zostaje złożona w {place:loc}, i {target} od jej otrzymania, gdy przychodzi pocztą, ze wskazaniem jednostki, która ją rozpatruje",
            &format!("{PL_COMPLAINTS} (posted complaints confirmed within 14 days)"))
            .critical()
            .when(complaint().moments([M::Information]).started_by(Initiator::Company).data([DataUse::Records]))
            .targets(tiers(days(14), days(2), T::within_hours(24))),
        rule("complaint-answered-in-30-days", "complaint-answer", K::Procedure, D::Reliability,
            "Send the reply to every complaint {target} of its filing, by post or e-mail; a complaint not answered within 30 days counts as accepted",
            "Wysyłaj odpowiedź na każdą reklamację {target} od jej złożenia, pocztą lub e-mailem; reklamacja bez odpowiedzi w ciągu 30 dni uważana jest za uwzględnioną",
            &format!("{PL_COMPLAINTS} (30 days, or the complaint is deemed accepted)"))
            .critical()
            .when(complaint_reply())
            .targets(tiers(days(30), days(14), days(5))),
        rule("complaint-reply-complete", "complaint-reply-content", K::Procedure, D::Communication,
            "State in every reply the decision, any compensation with its amount and payment date, the reasons for a refusal, where the {customer} can go next (mediation by the regulator or a consumer court), and the name and position of the person signing",
            "Podawaj w każdej odpowiedzi rozstrzygnięcie, przyznane odszkodowanie z jego kwotą i terminem wypłaty, uzasadnienie odmowy, dokąd {customer} może się dalej zwrócić (mediacja przed regulatorem lub sąd polubowny) oraz imię, nazwisko i stanowisko osoby podpisującej",
            &format!("{PL_COMPLAINTS} (the required contents of a reply)"))
            .critical()
            .when(complaint_reply())
            .targets(LevelTargets::same(T::Always)),
        // ── End of contract ──────────────────────────────────────────────────
        rule("end-of-contract-notice", "end-of-contract-notice", K::Procedure, D::Communication,
            "Tell the {customer}, 10 to 40 days before their {order} ends and by the channel they use, what they pay now, what they will pay after the end, the notice period and the provider's best tariffs for them",
            "Poinformuj {customer:acc}, od 10 do 40 dni przed końcem {order:gen} i kanałem, z którego korzysta, ile płaci teraz, ile będzie płacił po zakończeniu, jaki jest okres wypowiedzenia i jakie są najlepsze taryfy dostawcy dla niego",
            &format!("{OFCOM_END_OF_CONTRACT}; {EECC}, art. 105(3)"))
            .critical()
            .when(Condition::builder().moments([M::FollowUp]).started_by(Initiator::Company).characteristics([C::Informative]))
            .targets(LevelTargets::same(T::Always)),
        rule("best-tariff-shown", "best-tariff", K::Procedure, D::Reliability,
            "Show every {customer} whose minimum term has ended the provider's best tariff for their service {target}, the same deals as those offered to {customers} who ask to leave",
            "Pokazuj każdemu {customer:dat}, którego minimalny okres umowy się zakończył, najlepszą taryfę dostawcy na jego usługę {target}, te same oferty, które dostają {customers} zapowiadający odejście",
            &format!("{OFCOM_END_OF_CONTRACT} (best tariffs at least once a year; best deals for existing customers too)"))
            .critical()
            .when(Condition::builder().moments([M::FollowUp]).started_by(Initiator::Company).characteristics([C::Honest]))
            .targets(tiers(every_days(365), every_days(180), every_days(180))),
    ]
}

/// The trade's exclusive gestures: what a customer notices and did not expect.
#[rustfmt::skip]
fn gestures() -> Vec<RuleBuilder> {
    let exclusive = |target| LevelTargets::new().at(L::Exclusive, target);
    vec![
        kit::honest_recommendation("telecom research notes, exclusive gestures (the tariff that suits, not the dearest)"),
        rule("price-held-to-think", "offer-validity", K::Procedure, D::Assurance,
            "Hold the offered price for 14 days, so that the {customer} can read the contract summary at home before signing",
            "Utrzymaj zaproponowaną cenę przez 14 dni, by {customer} mógł przeczytać podsumowanie umowy w domu przed podpisaniem",
            "trade notes, exclusive gestures (proposal); Directive (EU) 2018/1972, art. 102(3) (the contract summary before the contract)")
            .once_per_contact()
            .when(Condition::builder().moments([M::OrderTaking]).started_by(Initiator::Customer).places([Place::Counter, Place::Desk]))
            .targets(exclusive(T::Always)),
        rule("shoe-covers-and-clean", "home-visit-care", K::PersonalContact, D::Tangibles,
            "Put on shoe covers at the door, and leave every room you worked in as clean as you found it",
            "Załóż ochraniacze na buty przy wejściu i zostaw każde pomieszczenie, w którym pracowałeś, tak czyste, jak je zastałeś",
            "trade notes, exclusive gestures (proposal: the technician's visit to a home)")
            .when(Condition::builder().moments([M::Welcome]).started_by(Initiator::Company).channels([Ch::FaceToFace]))
            .targets(exclusive(T::Always)),
        rule("call-after-activation", "activation-check", K::PersonalContact, D::Empathy,
            "Call the {customer} the day after the service goes live to check that every device connects, and help at once if one does not",
            "Zadzwoń do {customer:gen} dzień po uruchomieniu usługi, by sprawdzić, czy każde urządzenie się łączy, i od razu pomóż, jeśli nie",
            "trade notes, exclusive gestures (proposal: activation checked with the customer)")
            .when(Condition::builder().moments([M::Delivery]).started_by(Initiator::Company).characteristics([C::Informative]))
            .targets(exclusive(T::Always)),
        rule("router-collected", "equipment-return", K::Procedure, D::Convenience,
            "Offer to collect the equipment from the {customer}'s home at no charge when the contract ends",
            "Zaproponuj bezpłatny odbiór sprzętu z domu {customer:gen} po zakończeniu umowy",
            "trade notes, exclusive gestures (proposal: equipment collected)")
            .when(Condition::builder().moments([M::Safekeeping]).started_by(Initiator::Customer))
            .targets(exclusive(T::Always)),
        rule("engineer-on-the-way", "arrival-tracking", K::Procedure, D::Empathy,
            "Text the {customer} a live link when the engineer sets off, call 30 minutes before arrival, and offer evening and Saturday slots",
            "Wyślij {customer:dat} SMS z linkiem do śledzenia, gdy technik wyrusza, zadzwoń 30 minut przed przyjazdem i proponuj terminy wieczorne i sobotnie",
            "trade notes, exclusive gestures")
            .when(engineer_visit())
            .targets(exclusive(T::Always)),
        rule("loaner-until-fixed", "loan-while-waiting", K::Procedure, D::Empathy,
            "Lend the {customer} a mobile hotspot, or add mobile data, until a fixed-line fault is fixed",
            "Wypożycz {customer:dat} router mobilny lub dodaj pakiet danych komórkowych do czasu usunięcia awarii łącza stacjonarnego",
            "trade notes, exclusive gestures")
            .when(fault())
            .targets(exclusive(T::Always)),
        rule("outage-eta-and-credit", "outage-follow-through", K::Procedure, D::Empathy,
            "Text the {customers} an outage affects the expected time of restoration, a new one as soon as it slips, and credit their next {bill} without their having to claim",
            "Wyślij {customers:dat}, których dotyczy awaria, SMS z przewidywaną godziną przywrócenia usługi, nową, gdy tylko się przesunie, i uznaj ich najbliższy {bill:acc} bez potrzeby reklamacji",
            "trade notes, exclusive gestures")
            .when(Condition::builder().moments([M::Disruption]).characteristics([C::Prompt]))
            .targets(exclusive(T::Always)),
        rule("device-set-up-for-them", "device-set-up", K::PersonalContact, D::Empathy,
            "Set up the new device before leaving the {customer}: contacts and photos moved to the new phone in the {place}, Wi-Fi and TV working in every room at home",
            "Skonfiguruj nowe urządzenie, zanim rozstaniesz się z {customer:ins}: kontakty i zdjęcia przeniesione na nowy telefon w {place:loc}, Wi-Fi i telewizja działające w każdym pokoju w domu",
            "trade notes, exclusive gestures")
            .when(Condition::builder().channels([Ch::FaceToFace]).moments([M::Delivery]).hands_over([Valuable::Goods]))
            .targets(exclusive(T::Always)),
        rule("same-day-porting", "porting-speed", K::Procedure, D::Empathy,
            "Port the number the same day and have the SIM card brought to the {customer} by courier",
            "Przenieś numer tego samego dnia i dostarcz {customer:dat} kartę SIM kurierem",
            "trade notes, exclusive gestures")
            .when(Condition::builder().moments([M::OrderTaking]).characteristics([C::Prompt]))
            .targets(exclusive(T::Always)),
        rule("cheapest-fitting-plan", "best-fit-plan", K::PersonalContact, D::Empathy,
            "Before the term ends, recommend to the {customer} the cheapest plan that fits their real use over the last months, even when it earns the provider less",
            "Przed końcem okresu umowy poleć {customer:dat} najtańszy plan pasujący do jego rzeczywistego korzystania z ostatnich miesięcy, nawet jeśli dostawca zarobi na nim mniej",
            "trade notes, exclusive gestures")
            .when(Condition::builder().moments([M::FollowUp]).started_by(Initiator::Company).characteristics([C::Informative]))
            .targets(exclusive(T::Always)),
    ]
}

/// A typical operator: signing up in a shop, installation, billing, a
/// fault or outage, a complaint and the end of the contract.
#[allow(clippy::too_many_lines, reason = "the template is one model of data")]
fn template() -> ServiceModelBuilder {
    let face = [Ch::FaceToFace];
    let days_away = ServiceProfile::builder()
        .contact(ContactLevel::Low)
        .delivery(DeliverySpan::Days)
        .capacity(CapacityControl::Reservations)
        .tasks(TaskAllocation::ServiceOnly)
        .build();
    let faults = ServiceProfile::builder()
        .contact(ContactLevel::Low)
        .delivery(DeliverySpan::Days)
        .capacity(CapacityControl::Queues)
        .tasks(TaskAllocation::ServiceAndSales)
        .build();
    let weeks = ServiceProfile::builder()
        .contact(ContactLevel::Low)
        .delivery(DeliverySpan::Weeks)
        .tasks(TaskAllocation::ServiceAndSales)
        .build();
    let remote = ServiceProfile::builder()
        .contact(ContactLevel::Low)
        .capacity(CapacityControl::Queues)
        .tasks(TaskAllocation::ServiceAndSales)
        .build();
    ServiceModel::builder("A telecom operator")
        .pack("telecom")
        .profile(
            ServiceProfile::builder()
                .contact(ContactLevel::High)
                .capacity(CapacityControl::Queues)
                .tasks(TaskAllocation::ServiceAndSales)
                .build(),
        )
        .departments(
            [
                department("shops", "Shops"),
                department("contact-centre", "Contact centre"),
                department("provisioning", "Provisioning and porting"),
                department("field-service", "Field service"),
                department("network-operations", "Network operations"),
                department("billing", "Billing"),
                department("collections", "Collections"),
                department("complaints", "Complaints unit"),
            ]
            .into_iter()
            .flatten(),
        )
        .sequence(
            Sequence::builder("sign-up", "Signing up in a shop")
                .phase(
                    Phase::builder("shop", "In the shop")
                        .channels(face)
                        .step(
                            step(
                                "greet-in-shop",
                                "Customer comes in and is approached, or told the wait",
                                M::Welcome,
                                "shops",
                            )
                            .place(Place::Gate)
                            .characteristics([C::Friendly, C::Attentive]),
                        )
                        .step(
                            step(
                                "needs-analysis",
                                "Adviser asks about usage, checks coverage and proposes a tariff",
                                M::Consultation,
                                "shops",
                            )
                            .continues("shop/greet-in-shop")
                            .place(Place::Counter)
                            .data([DataUse::LooksUp])
                            .characteristics([C::Knowledgeable, C::Honest]),
                        ),
                )
                .phase(
                    Phase::builder("contract", "The contract")
                        .channels(face)
                        .step(
                            step(
                                "identity-and-credit",
                                "Identity document checked, credit check run",
                                M::Identification,
                                "shops",
                            )
                            .continues("shop/greet-in-shop")
                            .started_by(Initiator::Company)
                            .place(Place::Counter)
                            .data([DataUse::Records, DataUse::LooksUp])
                            .risk(Risk::High)
                            .characteristics([C::Discreet, C::Accurate]),
                        )
                        .step(
                            step(
                                "contract-summary",
                                "Contract summary handed over and explained, contract signed",
                                M::OrderTaking,
                                "shops",
                            )
                            .place(Place::Counter)
                            .data([DataUse::Records])
                            .hands_over([Valuable::Documents])
                            .characteristics([C::Clear, C::Honest]),
                        )
                        .step(
                            step(
                                "porting-request",
                                "Porting order taken for the date the customer chose",
                                M::OrderTaking,
                                "provisioning",
                            )
                            .place(Place::Counter)
                            .data([DataUse::Records])
                            .risk(Risk::High)
                            .characteristics([C::Prompt, C::Accurate]),
                        ),
                )
                .phase(
                    Phase::builder("handover", "Handing over")
                        .channels(face)
                        .step(
                            step("take-payment", "First payment taken", M::Payment, "shops")
                                .continues("shop/greet-in-shop")
                                .place(Place::Counter)
                                .hands_over([Valuable::Cash]),
                        )
                        .step(
                            step("hand-over-device", "Phone and SIM card handed over", M::Delivery, "shops")
                                .started_by(Initiator::Company)
                                .place(Place::Counter)
                                .hands_over([Valuable::Goods])
                                .characteristics([C::Helpful]),
                        )
                        .step(
                            step("farewell", "Adviser thanks the customer", M::Farewell, "shops")
                                .started_by(Initiator::Company)
                                .place(Place::Counter)
                                .characteristics([C::Friendly]),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("installation", "Installation and activation")
                .profile(days_away)
                .phase(
                    Phase::builder("booking", "Booking").channels([Ch::Telephone, Ch::WebForm]).step(
                        step(
                            "book-slot",
                            "Customer chooses a date and a slot",
                            M::OrderTaking,
                            "contact-centre",
                        )
                        .place(Place::Remote)
                        .data([DataUse::Records])
                        .characteristics([C::Flexible, C::Accurate]),
                    ),
                )
                .phase(
                    Phase::builder("reminder", "Reminder").channels([Ch::Sms, Ch::Email]).step(
                        step(
                            "confirm-and-remind",
                            "Slot confirmed by text at booking, reminder the day before",
                            M::Information,
                            "field-service",
                        )
                        .started_by(Initiator::Company)
                        .characteristics([C::Informative]),
                    ),
                )
                .phase(
                    Phase::builder("visit", "The visit")
                        .channels(face)
                        .step(
                            step(
                                "engineer-visit",
                                "Engineer arrives within the slot and installs the equipment",
                                M::Delivery,
                                "field-service",
                            )
                            .started_by(Initiator::Company)
                            .place(Place::Remote)
                            .hands_over([Valuable::Goods])
                            .characteristics([C::Punctual, C::Knowledgeable]),
                        )
                        .step(
                            step(
                                "test-and-explain",
                                "Service tested, equipment explained",
                                M::Information,
                                "field-service",
                            )
                            .started_by(Initiator::Company)
                            .place(Place::Remote)
                            .data([DataUse::Records])
                            .characteristics([C::Clear, C::Helpful]),
                        ),
                )
                .phase(
                    Phase::builder("start", "Start of service").channels([Ch::Sms]).step(
                        step(
                            "service-start",
                            "Service live on the promised date, the customer told by text",
                            M::Delivery,
                            "provisioning",
                        )
                        .started_by(Initiator::Company)
                        .data([DataUse::Records])
                        .characteristics([C::Punctual, C::Accurate]),
                    ),
                ),
        )
        .sequence(
            Sequence::builder("billing", "Billing and payment")
                .profile(remote)
                .phase(
                    Phase::builder("bill", "The bill").channels([Ch::Email, Ch::Letter, Ch::App]).step(
                        step("issue-bill", "Monthly bill issued", M::Billing, "billing")
                            .started_by(Initiator::Company)
                            .data([DataUse::Records])
                            .characteristics([C::Clear, C::Accurate]),
                    ),
                )
                .phase(
                    Phase::builder("query", "A question about the bill")
                        .channels([Ch::Telephone, Ch::Chat])
                        .step(
                            step(
                                "bill-query",
                                "Customer asks about a charge",
                                M::Information,
                                "contact-centre",
                            )
                            .place(Place::Remote)
                            .data([DataUse::LooksUp])
                            .characteristics([C::Knowledgeable, C::Patient]),
                        ),
                )
                .phase(
                    Phase::builder("pay", "Payment").channels([Ch::SelfService]).step(
                        step("payment", "Direct debit, transfer or card payment", M::Payment, "billing")
                            .hands_over([Valuable::Cash])
                            .no_contact(),
                    ),
                )
                .phase(
                    Phase::builder("arrears", "Arrears").channels([Ch::Letter, Ch::Sms]).step(
                        step(
                            "reminder-and-plan",
                            "Payment reminder with the offer of a payment plan",
                            M::Payment,
                            "collections",
                        )
                        .started_by(Initiator::Company)
                        .data([DataUse::Records])
                        .characteristics([C::Patient, C::Flexible]),
                    ),
                )
                .phase(
                    Phase::builder("reconnection", "Reconnection").channels([Ch::Sms]).step(
                        step(
                            "reconnect",
                            "Service restored once the debt is paid or a plan agreed",
                            M::Delivery,
                            "collections",
                        )
                        .started_by(Initiator::Company)
                        .data([DataUse::Records])
                        .characteristics([C::Prompt]),
                    ),
                ),
        )
        .sequence(
            Sequence::builder("fault", "A fault or an outage")
                .profile(faults)
                .phase(
                    Phase::builder("planned", "Planned works")
                        .channels([Ch::Sms, Ch::Email, Ch::Letter])
                        .step(
                            step(
                                "planned-works-notice",
                                "Advance notice of planned works: date, hours and area",
                                M::Disruption,
                                "network-operations",
                            )
                            .started_by(Initiator::Company)
                            .characteristics([C::Proactive, C::Informative]),
                        ),
                )
                .phase(
                    Phase::builder("outage", "An outage").channels([Ch::Sms, Ch::App]).step(
                        step(
                            "outage-alert",
                            "Customers in the area told of an outage and when it should end",
                            M::Disruption,
                            "network-operations",
                        )
                        .started_by(Initiator::Company)
                        .characteristics([C::Prompt, C::Informative]),
                    ),
                )
                .phase(
                    Phase::builder("report", "Report")
                        .channels([Ch::Telephone, Ch::App])
                        .step(
                            step(
                                "report-fault",
                                "Customer reports a fault, at any hour",
                                M::Exception,
                                "contact-centre",
                            )
                            .place(Place::Remote)
                            .data([DataUse::Records])
                            .characteristics([C::Prompt, C::Patient]),
                        )
                        .step(
                            step(
                                "diagnose",
                                "Line tested remotely, the repair time given",
                                M::Information,
                                "contact-centre",
                            )
                            .channels([Ch::Telephone])
                            .continues("report/report-fault")
                            .started_by(Initiator::Company)
                            .place(Place::Remote)
                            .data([DataUse::LooksUp])
                            .characteristics([C::Knowledgeable, C::Informative]),
                        ),
                )
                .phase(
                    Phase::builder("repair", "Repair").channels(face).step(
                        step(
                            "repair-visit",
                            "Engineer comes within the booked slot and repairs the fault",
                            M::Delivery,
                            "field-service",
                        )
                        .started_by(Initiator::Company)
                        .place(Place::Remote)
                        .characteristics([C::Punctual, C::Knowledgeable]),
                    ),
                )
                .phase(
                    Phase::builder("close", "Closing").channels([Ch::Sms]).step(
                        step(
                            "restore-and-credit",
                            "Restoration confirmed, compensation credited to the bill",
                            M::FollowUp,
                            "billing",
                        )
                        .started_by(Initiator::Company)
                        .hands_over([Valuable::Cash])
                        .characteristics([C::Prompt]),
                    ),
                ),
        )
        .sequence(
            Sequence::builder("complaint", "A complaint")
                .profile(weeks)
                .phase(
                    Phase::builder("filing", "Filing")
                        .channels([Ch::FaceToFace, Ch::Telephone, Ch::Email, Ch::Letter])
                        .step(
                            step(
                                "file-complaint",
                                "Customer complains in writing, aloud, by phone or by e-mail",
                                M::Exception,
                                "complaints",
                            )
                            .data([DataUse::Records])
                            .characteristics([C::Patient, C::Helpful]),
                        ),
                )
                .phase(
                    Phase::builder("handling", "Handling")
                        .channels([Ch::Email, Ch::Letter])
                        .step(
                            step(
                                "acknowledge",
                                "Complaint confirmed on paper or by e-mail",
                                M::Information,
                                "complaints",
                            )
                            .started_by(Initiator::Company)
                            .data([DataUse::Records]),
                        )
                        .step(
                            step(
                                "reply",
                                "Reasoned reply: decision, compensation, remedies",
                                M::Exception,
                                "complaints",
                            )
                            .started_by(Initiator::Company)
                            .hands_over([Valuable::Documents])
                            .opens_contact(),
                        ),
                )
                .phase(
                    Phase::builder("redress", "Redress").channels([Ch::App]).step(
                        step(
                            "pay-compensation",
                            "Compensation credited to the bill or transferred",
                            M::Delivery,
                            "billing",
                        )
                        .started_by(Initiator::Company)
                        .hands_over([Valuable::Cash]),
                    ),
                ),
        )
        .sequence(
            Sequence::builder("end-of-contract", "The end of the contract")
                .profile(remote)
                .phase(
                    Phase::builder("notice", "Notices")
                        .channels([Ch::Email, Ch::Sms, Ch::Letter])
                        .step(
                            step(
                                "end-of-contract-notice",
                                "Notice 10 to 40 days before the end, with the best tariffs",
                                M::FollowUp,
                                "billing",
                            )
                            .started_by(Initiator::Company)
                            .characteristics([C::Informative]),
                        )
                        .step(
                            step(
                                "yearly-best-tariff",
                                "Out-of-contract customers shown the best tariff once a year",
                                M::FollowUp,
                                "billing",
                            )
                            .started_by(Initiator::Company)
                            .opens_contact()
                            .characteristics([C::Honest]),
                        ),
                )
                .phase(
                    Phase::builder("decision", "Renewing or leaving")
                        .channels([Ch::Telephone, Ch::FaceToFace])
                        .step(
                            step(
                                "renew-or-leave",
                                "Customer renews on a new plan or gives notice",
                                M::Consultation,
                                "contact-centre",
                            )
                            .data([DataUse::Records])
                            .characteristics([C::Honest, C::Patient]),
                        ),
                )
                .phase(
                    Phase::builder("exit", "Leaving").channels([Ch::Letter, Ch::Email]).step(
                        step(
                            "final-bill-and-return",
                            "Final bill; rented equipment returned",
                            M::Billing,
                            "billing",
                        )
                        .started_by(Initiator::Company)
                        .data([DataUse::Records])
                        .hands_over([Valuable::Goods])
                        .characteristics([C::Accurate]),
                    ),
                ),
        )
}
