//! The bank pack: a retail bank branch (teller counters, advisers' desks,
//! machines in the lobby) with a phone-banking line that takes lost-card
//! reports.
//!
//! Written in our own words from public sources of the trade; each rule
//! names its source in its `source` field:
//!
//! - a bank mystery-shopping survey of Oman (arabdemog.com, reports 6 and
//!   7: premises, staff, greeting, needs, product knowledge);
//! - Harland Clarke's "Ed Shoppe" mystery-shop reports (greeting, name,
//!   facilities, waiting times);
//! - the FCA Handbook, DISP 1.6 (complaint acknowledgement, 8 weeks, the
//!   Financial Ombudsman Service) and the UK Payment Services Regulations
//!   2017 (15 and 35 business days; reg. 77 on lost cards);
//! - the Polish act of 5 August 2015 on complaints to financial-market
//!   entities, art. 6 (30 and 60 days), and the payment services act (15
//!   and 35 business days);
//! - KKV Finland on lost payment cards (PSD2, art. 69–74);
//! - Barclays and Call Centre Helper on caller verification and never
//!   asking for a whole PIN or passcode.

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
    standard::LevelTargets, standard::Target as T,
};

const OMAN: &str = "Bank mystery-shopping survey, Oman (arabdemog.com, reports 6 and 7)";
const ED_SHOPPE: &str = "Harland Clarke, Ed Shoppe mystery-shop reports";
const PSD2_CARDS: &str =
    "PSD2 (Directive 2015/2366) art. 69–70; UK Payment Services Regulations 2017 reg. 77";
const COMPLAINTS: &str = "FCA Handbook DISP 1.6; UK Payment Services Regulations 2017 reg. 101; Polish act of 5 August 2015 on complaints to financial-market entities, art. 6";

/// In the branch: face to face.
fn in_branch() -> ConditionBuilder {
    Condition::builder().channels([Ch::FaceToFace])
}

/// Someone comes into the branch: a contact the customer opens face to
/// face, at the entrance.
fn arriving() -> ConditionBuilder {
    in_branch().moments([M::Welcome]).started_by(Initiator::Customer).opening().places([Place::Gate])
}

/// A lost or stolen card: a report the customer raises about a card at risk.
fn card_at_risk() -> ConditionBuilder {
    Condition::builder()
        .moments([M::Exception, M::Incident])
        .started_by(Initiator::Customer)
        .hands_over([Valuable::Card])
}

/// A complaint: raised by the customer, handled in weeks.
fn complaint() -> ConditionBuilder {
    Condition::builder().factors([F::DeliverySpan(DeliverySpan::Weeks)])
}

/// The pack.
pub(super) fn pack() -> PackBuilder {
    let mut pack = Pack::builder("bank", "Bank");
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
        ("transaction", "transactions"),
        [
            ["transakcja", "transakcji", "transakcji", "transakcję", "transakcją", "transakcji"],
            ["transakcje", "transakcji", "transakcjom", "transakcje", "transakcjami", "transakcjach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Bill,
        ("confirmation", "confirmations"),
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
        ("visit", "visits"),
        [
            ["wizyta", "wizyty", "wizycie", "wizytę", "wizytą", "wizycie"],
            ["wizyty", "wizyt", "wizytom", "wizyty", "wizytami", "wizytach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Place,
        ("branch", "branches"),
        [
            ["oddział", "oddziału", "oddziałowi", "oddział", "oddziałem", "oddziale"],
            ["oddziały", "oddziałów", "oddziałom", "oddziały", "oddziałami", "oddziałach"],
        ],
    );
    assemble(pack, essentials(), gestures(), template())
}

/// The trade's essentials: what a branch manager insists on.
#[rustfmt::skip]
#[allow(clippy::too_many_lines, reason = "the pack's rules are one table of data")]
fn essentials() -> Vec<RuleBuilder> {
    vec![
        // ── The branch: premises, staff, arrival ─────────────────────────────
        rule("greet-on-entry", "greeting-on-arrival", K::PersonalContact, D::Responsiveness,
            "Acknowledge every {customer} {target} of their coming into the {place}, even when every counter is busy",
            "Daj znak każdemu {customer:dat} {target} od jego wejścia do {place:gen}, nawet gdy wszystkie okienka są zajęte",
            &format!("{OMAN}, items 5.1.a and 5.1.c; {ED_SHOPPE} (smile and friendly greeting)"))
            .when(arriving())
            .targets(tiers(T::within_secs(60), T::within_secs(30), T::within_secs(15))),
        rule("purpose-and-route", "routing", K::PersonalContact, D::Convenience,
            "Ask every arriving {customer} how you can help and what they have come for, and send them to the right counter, desk or machine",
            "Zapytaj każdego przychodzącego {customer:acc}, w czym możesz pomóc i w jakiej sprawie przyszedł, i skieruj go do właściwego okienka, stanowiska lub urządzenia",
            &format!("{OMAN}, items 5.1.c and 5.1.d"))
            .when(arriving())
            .targets(LevelTargets::same(T::Always)),
        rule("signs-to-every-service", "wayfinding", K::Product, D::Convenience,
            "Sign the counters, the advisers' desks and the machines so that {customers} find them from the entrance without asking",
            "Oznacz okienka, stanowiska doradców i urządzenia tak, by {customers} znaleźli je od wejścia bez pytania",
            &format!("{OMAN}, item 4.7 (signage)"))
            .when(arriving())
            .targets(LevelTargets::same(T::Always)),
        rule("branch-clean", "tidy-premises", K::Product, D::Tangibles,
            "Keep the entrance, the banking hall, the area around the cash machines and every desk clean and tidy while the {place} is open",
            "Utrzymuj wejście, salę operacyjną, strefę wokół bankomatów i każde stanowisko w czystości i porządku przez cały czas otwarcia {place:gen}",
            &format!("{OMAN}, items 4.2, 4.4 and 4.6.a; {ED_SHOPPE} (clean entry, windows and desks)"))
            .once_per_contact()
            .when(in_branch().moments([M::Welcome, M::Waiting]))
            .targets(LevelTargets::same(T::Always)),
        rule("desks-staffed", "staff-presence", K::Procedure, D::Responsiveness,
            "Have staff at their place at the open counters and desks while {customers} are in the {place}, {target}",
            "Zapewnij, by pracownicy byli na swoich miejscach przy otwartych okienkach i stanowiskach, gdy w {place:loc} są {customers}, {target}",
            &format!("{OMAN}, item 4.5.a (staff at more than 90 % of desks)"))
            .once_per_contact()
            .when(in_branch().moments([M::Waiting]))
            .targets(tiers(T::Share(90), T::Share(95), T::Share(100))),
        rule("hall-light-and-air", "ambient-conditions", K::Product, D::Tangibles,
            "Keep the banking hall and the cash-machine lobby well lit and at a comfortable temperature, with the air-conditioning or heating working",
            "Dbaj, by sala operacyjna i strefa bankomatów były dobrze oświetlone i miały komfortową temperaturę, a klimatyzacja lub ogrzewanie działały",
            &format!("{OMAN}, items 4.6.c and 4.7 (air-conditioning, lighting)"))
            .once_per_contact()
            .when(in_branch().moments([M::Waiting]))
            .targets(LevelTargets::same(T::Always)),
        rule("seats-for-waiting", "waiting-comfort", K::Product, D::Tangibles,
            "Give {customers} waiting for a counter or an adviser enough seats and room, with the queue number shown where they can see it",
            "Zapewnij {customers:dat} czekającym do okienka lub doradcy wystarczająco miejsc siedzących i przestrzeni, z numerem kolejki widocznym z miejsca oczekiwania",
            &format!("{OMAN}, item 4.7 (waiting space and seating)"))
            .when(in_branch().moments([M::Waiting]))
            .targets(LevelTargets::same(T::Always)),
        rule("leaflets-and-fees-on-display", "printed-materials", K::Product, D::Communication,
            "Keep posters and leaflets current and the racks stocked, with the fee information document and the glossary of payment accounts on display for anyone, customer or not",
            "Dbaj, by plakaty i ulotki były aktualne, a stojaki uzupełnione, z dokumentem dotyczącym opłat i glosariuszem rachunków płatniczych dostępnymi dla każdego, także osób niebędących klientami",
            &format!("{OMAN}, items 4.3.a–c (branding, brochures, current material); Directive 2014/92/EU on payment accounts, art. 4 (fee information document available in the provider's premises)"))
            .critical()
            .once_per_contact()
            .when(in_branch().moments([M::Waiting]))
            .targets(LevelTargets::same(T::Always)),
        rule("queue-for-the-counter", "queue-time", K::Procedure, D::Responsiveness,
            "Open counters as the queue grows, so that every {customer} waiting is served {target}",
            "Otwieraj kolejne okienka, gdy rośnie kolejka, tak by każdy czekający {customer} został obsłużony {target}",
            &format!("{ED_SHOPPE} (average wait 1.29 minutes, never over 5 minutes)"))
            .when(in_branch().moments([M::Waiting]))
            .targets(tiers(T::within_mins(10), T::within_mins(5), T::within_mins(3))),
        rule("cash-machines-working", "machine-uptime", K::Product, D::Reliability,
            "Keep the cash machines and deposit machines of the {place} working for the {customers} who come to use them, {target}, and put a notice with the nearest working machine on one that is out of order",
            "Dbaj, by bankomaty i wpłatomaty {place:gen} działały dla {customers:gen}, którzy przychodzą z nich skorzystać, {target}, a na niedziałającym umieść informację o najbliższym sprawnym",
            &format!("{OMAN}, item 4.6.b (cash machines working)"))
            .when(Condition::builder().channels([Ch::SelfService]).hands_over([Valuable::Cash]))
            .targets(tiers(T::Share(95), T::Share(98), T::Share(99))),
        rule("machine-cash-put-right", "delivery-accuracy", K::Procedure, D::Reliability,
            "Balance every cash machine and deposit machine each business day, and put right any amount one failed to pay out or to credit by the end of the next business day",
            "Rozliczaj każdy bankomat i wpłatomat każdego dnia roboczego i koryguj każdą kwotę, której urządzenie nie wypłaciło lub nie zaksięgowało, najpóźniej do końca następnego dnia roboczego",
            "PSD2 (Directive 2015/2366) art. 89 (a payment not made or made wrongly is put right without undue delay); trade notes, essential 24")
            .critical()
            .when(Condition::builder().channels([Ch::SelfService]).moments([M::Delivery]).hands_over([Valuable::Cash]))
            .targets(LevelTargets::same(T::Always)),
        // ── At the counter and the desk ──────────────────────────────────────
        rule("identity-document-checked", "identity-check", K::Procedure, D::Assurance,
            "Check the {customer}'s identity document against the account before any withdrawal, account detail or change",
            "Porównaj dokument tożsamości {customer:gen} z danymi rachunku przed każdą wypłatą, udzieleniem informacji o rachunku lub zmianą",
            "customer due diligence (Directive 2015/849 on money laundering, art. 13); Polish Banking Law art. 104 (bank secrecy); trade notes, essential 4 (no checklist read states it)")
            .critical()
            .when(in_branch().moments([M::Identification]))
            .targets(LevelTargets::same(T::Always)),
        rule("name-used-quietly", "use-of-name", K::PersonalContact, D::Empathy,
            "Ask for or use the {customer}'s name {target} during the {visit}, quietly, never calling it across the hall",
            "Zapytaj o nazwisko {customer:gen} lub zwróć się do niego po nazwisku {target} w trakcie {visit:gen}, cicho, nigdy nie wywołując go przez salę",
            &format!("{OMAN}, item 5.1.b; {ED_SHOPPE} (the name used at least once)"))
            .once_per_contact()
            .when(in_branch().places([Place::Gate, Place::Counter, Place::Desk]).moments([M::Welcome, M::Identification, M::Consultation, M::OrderTaking]))
            .targets(tiers(T::AtLeast(1), T::AtLeast(1), T::AtLeast(2))),
        rule("nothing-said-aloud", "discretion-aloud", K::PersonalContact, D::Assurance,
            "Never say a {customer}'s balance, debts or personal details aloud where others can hear, and keep screens turned away from the queue",
            "Nigdy nie wymawiaj salda, zadłużenia ani danych osobowych {customer:gen} tam, gdzie słyszą to inni, i trzymaj ekrany odwrócone od kolejki",
            "Polish Banking Law art. 104 (bank secrecy); trade notes, essential 13 (no checklist read states it)")
            .critical()
            .once_per_contact()
            .when(in_branch().places([Place::Counter, Place::Desk]))
            .targets(LevelTargets::same(T::Never)),
        rule("cash-counted-in-view", "delivery-accuracy", K::Procedure, D::Assurance,
            "Count cash paid out or taken in where the {customer} can see it, and count it again whenever they ask",
            "Przeliczaj wypłacaną lub przyjmowaną gotówkę na oczach {customer:gen} i przeliczaj ją ponownie na każdą jego prośbę",
            &format!("a teller-procedure write-up (ysznh.com; weak source); {OMAN}, teller section"))
            .critical()
            .when(in_branch().moments([M::Delivery, M::Safekeeping]).hands_over([Valuable::Cash]))
            .targets(LevelTargets::same(T::Always)),
        rule("confirmation-of-every-transaction", "invoice-accuracy", K::Product, D::Reliability,
            "Hand the {customer} a printed {bill} of every deposit, withdrawal or transfer, with the amount, the account and the date right",
            "Wręcz {customer:dat} wydrukowane {bill:acc} każdej wpłaty, wypłaty lub przelewu, z poprawną kwotą, rachunkiem i datą",
            "trade notes, essential 12 (common practice of the trade; no public rule read)")
            .critical()
            .when(in_branch().moments([M::Billing]))
            .targets(LevelTargets::same(T::Always)),
        rule("answers-without-a-colleague", "answer-accuracy", K::Procedure, D::Assurance,
            "Answer the {customer}'s questions on the bank's accounts, cards, loans and fees correctly yourself, without fetching a colleague, {target}",
            "Odpowiadaj na pytania {customer:gen} o rachunki, karty, kredyty i opłaty banku poprawnie i samodzielnie, bez wołania kolegi, {target}",
            &format!("{OMAN}, items 6.1.c and 6.1.d; {ED_SHOPPE} (focus on the enquiry)"))
            .when(Condition::builder().moments([M::Consultation, M::Information]).capabilities([Cap::StaffHeard]))
            .targets(tiers(T::Share(90), T::Share(95), T::Share(98))),
        rule("needs-anticipated", "anticipation", K::PersonalContact, D::Empathy,
            "Tell the {customer}, before they ask, what they will need next: the documents to bring and the fees and dates that apply to them",
            "Powiedz {customer:dat}, zanim zapyta, czego będzie potrzebował: jakie dokumenty przynieść oraz jakie opłaty i terminy go dotyczą",
            &format!("{OMAN}, item 6.1.b (anticipating needs)"))
            // Once in a meeting; no "cheaper option" (read as selling at a
            // bereavement meeting or a scam check).
            .once_per_contact()
            .when(Condition::builder().moments([M::Consultation]).capabilities([Cap::Synchronous]))
            .targets(LevelTargets::same(T::Always)),
        // ── Phone banking and cards ──────────────────────────────────────────
        rule("caller-verified", "identity-check", K::Procedure, D::Assurance,
            "Confirm who is calling with three checks (a customer number, the name and one more detail) before saying anything about the account",
            "Potwierdź tożsamość dzwoniącego trzema elementami (numerem klienta, nazwiskiem i jeszcze jedną informacją), zanim powiesz cokolwiek o rachunku",
            "Call Centre Helper, security questions for call centres (UK Data Protection Act: reasonable steps to confirm identity)")
            .critical()
            .when(Condition::builder().channels([Ch::Telephone]).moments([M::Identification]))
            .targets(LevelTargets::same(T::Always)),
        rule("no-whole-pin-or-code", "credential-safety", K::Procedure, D::Assurance,
            "Never ask a {customer} for their whole PIN, password or a one-time code; ask at most for chosen characters of a phone passcode",
            "Nigdy nie proś {customer:gen} o cały PIN, hasło ani kod jednorazowy; proś najwyżej o wybrane znaki hasła telefonicznego",
            &format!("Barclays, will I ever have to give my PIN online or over the phone; {PSD2_CARDS} (credentials kept from anyone but the user)"))
            .critical()
            // Where someone is there to be asked: not a screening done in
            // the back office.
            .when(Condition::builder().moments([M::Identification]).staffed())
            .targets(LevelTargets::same(T::Never)),
        rule("card-loss-line-open", "reporting-cover", K::Procedure, D::Responsiveness,
            "Take reports of a lost or stolen card {target}, free of charge",
            "Przyjmuj zgłoszenia utraty lub kradzieży karty {target}, bezpłatnie",
            &format!("{PSD2_CARDS} (means to notify at all times, free of charge)"))
            .critical()
            .when(card_at_risk().opening())
            .targets(LevelTargets::same(T::Cover(Cover::AROUND_THE_CLOCK))),
        rule("card-loss-calls-first", "speed-of-answer", K::Procedure, D::Responsiveness,
            "Put calls reporting a lost or stolen card ahead of the queue, and answer every one {target}",
            "Kieruj połączenia w sprawie utraty lub kradzieży karty przed kolejkę i odbieraj każde z nich {target}",
            &format!("{PSD2_CARDS} (the holder notifies without undue delay); trade notes, essential 21 (proposed times, no public number found)"))
            .when(card_at_risk().opening().channels([Ch::Telephone]))
            .targets(tiers(T::within_secs(60), T::within_secs(30), T::within_secs(15))),
        rule("card-blocked-in-the-call", "complaint-resolution", K::Procedure, D::Assurance,
            "Block the card while the {customer} is still in contact, and tell them it is blocked, with the time and a reference number, before the contact ends",
            "Zablokuj kartę, póki {customer} jest w kontakcie, i przed końcem kontaktu potwierdź mu blokadę, podając godzinę i numer zgłoszenia",
            &format!("KKV Finland, losing your payment card; {PSD2_CARDS} (proof of the notification for 18 months)"))
            .critical()
            .when(card_at_risk())
            .targets(LevelTargets::same(T::Always)),
        rule("card-loss-reassured", "complaint-apology", K::PersonalContact, D::Empathy,
            "Tell a {customer} reporting a lost or stolen card first that the card is being blocked now, and only then ask what happened",
            "Powiedz {customer:dat} zgłaszającemu utratę lub kradzież karty najpierw, że karta jest właśnie blokowana, a dopiero potem pytaj, co się stało",
            &format!("KKV Finland, losing your payment card (no liability once reported); {PSD2_CARDS}"))
            .once_per_contact()
            .when(card_at_risk())
            .targets(LevelTargets::same(T::Always)),
        rule("no-selling-on-card-loss", "no-selling-in-complaints", K::PersonalContact, D::Empathy,
            "Never offer anything for sale in a contact about a lost or stolen card",
            "Nigdy nie proponuj niczego na sprzedaż w kontakcie dotyczącym utraconej lub skradzionej karty",
            "trade notes, traps (cross-selling on a lost-card call)")
            .when(card_at_risk())
            .targets(LevelTargets::same(T::Never)),
        rule("card-loss-proof-in-writing", "order-confirmation", K::Procedure, D::Reliability,
            "Send the {customer} written proof of the report, with its reference and the date and time of the block, {target}",
            "Wyślij {customer:dat} pisemne potwierdzenie zgłoszenia, z jego numerem oraz datą i godziną blokady, {target}",
            &format!("{PSD2_CARDS} (proof of the notification on request for 18 months)"))
            .critical()
            .when(Condition::builder().moments([M::Information]).started_by(Initiator::Company).capabilities([Cap::Written]).factors([F::Risk(Risk::High)]).after_in_sequence([M::Exception, M::Incident]))
            .targets(tiers(T::within_hours(24), T::within_hours(1), T::within_mins(15))),
        rule("appointment-confirmed", "order-confirmation", K::Procedure, D::Reliability,
            "Confirm every appointment in writing {target} of its booking, with the date, the time, the adviser's name and the documents to bring",
            "Potwierdzaj każde spotkanie na piśmie {target} od jego umówienia, z datą, godziną, nazwiskiem doradcy i listą dokumentów do zabrania",
            "trade notes, template (confirmation and reminder with the documents to bring); exclusive gesture of forms prepared before the appointment")
            // After a booking (an order taken in the sequence): not a
            // progress letter or a pack sent before a meeting.
            .when(Condition::builder().moments([M::Information]).started_by(Initiator::Company).capabilities([Cap::Written]).characteristics([C::Informative]).after_in_sequence([M::OrderTaking]))
            .targets(tiers(T::within_hours(1), T::within_mins(15), T::within_mins(5))),
        rule("new-card-and-pin-apart", "delivery-accuracy", K::Procedure, D::Assurance,
            "Send a new card and its PIN separately, never together, and only to the address or branch on the account",
            "Wysyłaj nową kartę i jej PIN osobno, nigdy razem, i tylko na adres lub do oddziału wskazanego w rachunku",
            &format!("{PSD2_CARDS} (no unsolicited cards; credentials kept safe); trade notes, traps"))
            .critical()
            .when(Condition::builder().moments([M::Delivery]).hands_over([Valuable::Card]))
            .targets(LevelTargets::same(T::Always)),
        rule("unauthorised-payment-refunded", "delivery-accuracy", K::Procedure, D::Reliability,
            "Refund a payment the {customer} did not authorise in full by the end of the next business day after the bank learns of it, unless fraud by the {customer} is suspected and reported",
            "Zwróć w całości płatność, której {customer} nie autoryzował, najpóźniej do końca następnego dnia roboczego po tym, jak bank się o niej dowie, chyba że bank podejrzewa oszustwo ze strony {customer:gen} i zgłosił to organom ścigania",
            "KKV Finland, losing your payment card; PSD2 (Directive 2015/2366) art. 73")
            .critical()
            .when(Condition::builder().moments([M::Delivery]).hands_over([Valuable::Cash]).except_channels([Ch::FaceToFace, Ch::SelfService]))
            .targets(LevelTargets::same(T::Always)),
        // ── Complaints ───────────────────────────────────────────────────────
        rule("complaint-taken-any-way", "complaint-intake", K::Procedure, D::Responsiveness,
            "Take down a complaint whether the {customer} says it or writes it, at any {place} or by phone, without sending them to a form",
            "Przyjmij reklamację niezależnie od tego, czy {customer} ją wypowie, czy napisze, w każdym {place:loc} lub przez telefon, bez odsyłania go do formularza",
            &format!("{COMPLAINTS} (a complaint is any expression of dissatisfaction, oral or written)"))
            .critical()
            .when(complaint().moments([M::Exception]).started_by(Initiator::Customer))
            .targets(LevelTargets::same(T::Always)),
        rule("complaint-acknowledged", "order-confirmation", K::Procedure, D::Communication,
            "Acknowledge every complaint in writing {target} of its receipt, with a case number and the name of the person handling it",
            "Potwierdź na piśmie przyjęcie każdej reklamacji {target} od jej otrzymania, z numerem sprawy i nazwiskiem osoby, która ją prowadzi",
            "FCA Handbook DISP 1.6.2 (prompt written acknowledgement; 5 business days as the industry reads it)")
            .critical()
            // The business's letter after a complaint raised earlier in the
            // sequence: not a welcome letter or a report in a long case.
            .when(complaint().moments([M::Information]).started_by(Initiator::Company).data([DataUse::Records]).after_in_sequence([M::Exception]))
            .targets(tiers(days(5), days(2), T::within_hours(8))),
        rule("payment-complaint-answered", "complaint-answer-payments", K::Procedure, D::Responsiveness,
            "Answer in writing every complaint about a payment service (a card, a transfer, a cash machine) {target}; the law allows 15 business days, and 35 only after telling the {customer} why and by when",
            "Odpowiadaj na piśmie na każdą reklamację usługi płatniczej (karty, przelewu, bankomatu) {target}; prawo daje 15 dni roboczych, a 35 tylko po wyjaśnieniu {customer:dat} przyczyny i terminu",
            "UK Payment Services Regulations 2017 reg. 101 (Swiftcase guide); Polish payment services act (Alior Bank, T-Mobile Usługi Bankowe)")
            .critical()
            .when(complaint().moments([M::Exception]).started_by(Initiator::Company).hands_over([Valuable::Documents]))
            .targets(tiers(days(21), days(14), days(7))),
        rule("other-complaint-answered", "complaint-answer-other", K::Procedure, D::Responsiveness,
            "Give a final written answer to every other complaint {target}, and never later than the law allows",
            "Udzielaj ostatecznej pisemnej odpowiedzi na każdą inną reklamację {target}, nigdy później, niż pozwala prawo",
            COMPLAINTS)
            .critical()
            .when(complaint().moments([M::Exception]).started_by(Initiator::Company).hands_over([Valuable::Documents]))
            .targets(tiers(days(30), days(14), days(7))),
        rule("escalation-rights-given", "escalation-rights", K::Procedure, D::Communication,
            "Tell the {customer} in every final answer where they can take the complaint next (the financial ombudsman or dispute body of their country), with its contact details and the time limit for going there",
            "W każdej ostatecznej odpowiedzi wskaż {customer:dat}, dokąd może się dalej zwrócić (do rzecznika finansowego lub organu rozstrzygania sporów w jego kraju), z danymi kontaktowymi i terminem, w jakim może to zrobić",
            COMPLAINTS)
            .critical()
            .when(complaint().moments([M::Exception]).started_by(Initiator::Company).hands_over([Valuable::Documents]))
            .targets(LevelTargets::same(T::Always)),
    ]
}

/// The trade's exclusive gestures: what a customer notices and did not expect.
#[rustfmt::skip]
fn gestures() -> Vec<RuleBuilder> {
    let exclusive = |target| LevelTargets::new().at(L::Exclusive, target);
    vec![
        kit::honest_recommendation("bank research notes, exclusive gestures (advice in the customer's interest)"),
        kit::forms_filled_for_them(
            "bank research notes, exclusive gestures (forms pre-filled so that the visit is only signing)",
            Condition::builder().moments([M::OrderTaking]).started_by(Initiator::Customer).channels([Ch::FaceToFace]).places([Place::Desk, Place::Counter]),
        ),
        rule("replacement-card-arranged", "replacement-card", K::Procedure, D::Empathy,
            "Once the card is blocked, arrange a replacement card for collection at a {place} the same or the next day, or emergency cash abroad",
            "Po zablokowaniu karty zorganizuj kartę zastępczą do odbioru w {place:loc} tego samego lub następnego dnia albo gotówkę awaryjną za granicą",
            "trade notes, exclusive gestures")
            .when(card_at_risk())
            .targets(exclusive(T::Always)),
        rule("forms-ready-for-the-appointment", "appointment-preparation", K::Procedure, D::Empathy,
            "Have the forms filled in and the account history ready before a booked appointment, so that the {visit} is only about choosing and signing",
            "Przygotuj wypełnione formularze i historię rachunku przed umówionym spotkaniem, by {visit} dotyczyła tylko wyboru i podpisu",
            "trade notes, exclusive gestures")
            .when(in_branch().places([Place::Desk]).moments([M::Welcome]))
            .targets(exclusive(T::Always)),
        rule("quiet-room-offered", "privacy", K::PersonalContact, D::Empathy,
            "Offer a quiet room, unasked, when the matter is sensitive: a bereavement, debt, or fraud",
            "Zaproponuj, bez proszenia, osobny pokój, gdy sprawa jest delikatna: śmierć bliskiej osoby, zadłużenie, oszustwo",
            "trade notes, exclusive gestures; Polish Banking Law art. 104 (bank secrecy)")
            .when(in_branch().places([Place::Counter, Place::Desk]).moments([M::Consultation, M::Identification]))
            .targets(exclusive(T::Always)),
        rule("fix-checked-by-phone", "complaint-follow-up", K::PersonalContact, D::Empathy,
            "Phone the {customer} a few days after the final answer to a complaint to check that the fix worked",
            "Zadzwoń do {customer:gen} kilka dni po ostatecznej odpowiedzi na reklamację, by sprawdzić, czy rozwiązanie zadziałało",
            "trade notes, exclusive gestures")
            .when(complaint().moments([M::Exception]).started_by(Initiator::Company).hands_over([Valuable::Documents]))
            .targets(exclusive(T::Always)),
        rule("cash-ready-as-asked", "cash-preparation", K::Procedure, D::Empathy,
            "Have cash ordered by phone the day before ready in the notes the {customer} asked for, and count it again in front of them",
            "Przygotuj gotówkę zamówioną telefonicznie dzień wcześniej w nominałach, o które prosił {customer}, i przelicz ją ponownie na jego oczach",
            "trade notes, exclusive gestures")
            .when(in_branch().moments([M::Delivery]).hands_over([Valuable::Cash]))
            .targets(exclusive(T::Always)),
    ]
}

/// A typical branch with phone banking: a counter transaction, an
/// appointment with an adviser, a phone-banking call, a lost card and a
/// complaint.
#[allow(clippy::too_many_lines, reason = "the template is one model of data")]
fn template() -> ServiceModelBuilder {
    let face = [Ch::FaceToFace];
    let weeks = ServiceProfile::builder()
        .contact(ContactLevel::High)
        .delivery(DeliverySpan::Weeks)
        .tasks(TaskAllocation::ServiceAndSales)
        .build();
    let cards = ServiceProfile::builder()
        .contact(ContactLevel::Low)
        .capacity(CapacityControl::Queues)
        .risk(Risk::High)
        .build();
    ServiceModel::builder("A bank branch")
        .pack("bank")
        .profile(
            ServiceProfile::builder()
                .contact(ContactLevel::High)
                .capacity(CapacityControl::Queues)
                .tasks(TaskAllocation::ServiceAndSales)
                .build(),
        )
        .departments(
            [
                department("counter", "Counter"),
                department("advisory", "Advisers"),
                department("contact-centre", "Phone banking"),
                department("cards-fraud", "Cards and fraud"),
                department("complaints", "Complaints"),
                department("branch-management", "Branch management"),
            ]
            .into_iter()
            .flatten(),
        )
        .sequence(
            Sequence::builder("counter", "A transaction at the counter")
                .phase(
                    Phase::builder("arrival", "Arrival")
                        .channels(face)
                        .step(
                            step(
                                "enter-branch",
                                "Customer comes in, is acknowledged and takes a queue ticket",
                                M::Welcome,
                                "branch-management",
                            )
                            .place(Place::Gate)
                            .characteristics([
                                C::Friendly,
                                C::Helpful,
                                C::Accessible,
                            ]),
                        )
                        .step(
                            step(
                                "wait-for-counter",
                                "Customer waits to be called to a counter",
                                M::Waiting,
                                "branch-management",
                            )
                            .characteristics([C::Comfortable]),
                        ),
                )
                .phase(
                    Phase::builder("at-the-counter", "At the counter")
                        .channels(face)
                        .step(
                            step(
                                "identify-customer",
                                "Teller checks the identity document against the account",
                                M::Identification,
                                "counter",
                            )
                            .continues("arrival/enter-branch")
                            .place(Place::Counter)
                            .data([DataUse::LooksUp])
                            .started_by(Initiator::Company)
                            .characteristics([C::Courteous, C::Discreet]),
                        )
                        .step(
                            step(
                                "take-instruction",
                                "Teller records the deposit, withdrawal or transfer",
                                M::OrderTaking,
                                "counter",
                            )
                            .place(Place::Counter)
                            .data([DataUse::Records])
                            .risk(Risk::High)
                            .characteristics([C::Accurate, C::Patient]),
                        )
                        .step(
                            step(
                                "count-cash",
                                "Cash is counted in the customer's view and paid out or taken in",
                                M::Delivery,
                                "counter",
                            )
                            .place(Place::Counter)
                            .hands_over([Valuable::Cash])
                            .started_by(Initiator::Company)
                            .continues("at-the-counter/take-instruction"),
                        )
                        .step(
                            step(
                                "hand-confirmation",
                                "Teller hands over the printed confirmation",
                                M::Billing,
                                "counter",
                            )
                            .place(Place::Counter)
                            .hands_over([Valuable::Documents])
                            .started_by(Initiator::Company)
                            .continues("at-the-counter/take-instruction"),
                        )
                        .step(
                            step("farewell", "Teller thanks the customer", M::Farewell, "counter")
                                .place(Place::Counter)
                                .started_by(Initiator::Company)
                                .continues("at-the-counter/take-instruction")
                                .characteristics([C::Friendly]),
                        ),
                )
                .phase(
                    Phase::builder("lobby", "Machines in the lobby").channels([Ch::SelfService]).step(
                        step(
                            "use-cash-machine",
                            "Customer withdraws or deposits cash at a machine",
                            M::Delivery,
                            "branch-management",
                        )
                        .started_by(Initiator::Customer)
                        .hands_over([Valuable::Cash])
                        .automatic(),
                    ),
                ),
        )
        .sequence(
            Sequence::builder("advice", "An appointment with an adviser")
                .phase(
                    Phase::builder("booking", "Booking").channels([Ch::Telephone, Ch::WebForm]).step(
                        step(
                            "book-appointment",
                            "Customer books a time with an adviser",
                            M::OrderTaking,
                            "advisory",
                        )
                        .place(Place::Remote)
                        .data([DataUse::Records])
                        .characteristics([C::Accurate]),
                    ),
                )
                .phase(
                    Phase::builder("reminder", "Confirmation").channels([Ch::Email, Ch::Sms]).step(
                        step(
                            "confirm-appointment",
                            "Confirmation with the time and the documents to bring",
                            M::Information,
                            "advisory",
                        )
                        .started_by(Initiator::Company)
                        .characteristics([C::Informative]),
                    ),
                )
                .phase(
                    Phase::builder("meeting", "The meeting")
                        .channels(face)
                        .step(
                            step(
                                "receive-at-desk",
                                "Adviser receives the customer at the booked time",
                                M::Welcome,
                                "advisory",
                            )
                            .place(Place::Desk)
                            .characteristics([C::Punctual, C::Courteous]),
                        )
                        .step(
                            step(
                                "needs-consultation",
                                "Adviser asks about needs and explains products and costs",
                                M::Consultation,
                                "advisory",
                            )
                            .place(Place::Desk)
                            .data([DataUse::LooksUp])
                            .characteristics([
                                C::Knowledgeable,
                                C::Patient,
                                C::Honest,
                            ]),
                        )
                        .step(
                            step(
                                "identify-and-sign",
                                "Identity checks and the contract signed with its pre-contract information",
                                M::Identification,
                                "advisory",
                            )
                            .place(Place::Desk)
                            .data([DataUse::Records])
                            .hands_over([Valuable::Documents])
                            .characteristics([C::Discreet, C::Clear]),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("phone", "A phone-banking call")
                .profile(
                    ServiceProfile::builder()
                        .contact(ContactLevel::Low)
                        .capacity(CapacityControl::Queues)
                        .tasks(TaskAllocation::ServiceAndSales)
                        .build(),
                )
                .phase(
                    Phase::builder("call", "The call")
                        .channels([Ch::Telephone])
                        .step(
                            step(
                                "verify-caller",
                                "Agent answers and checks who is calling, with part of the passcode",
                                M::Identification,
                                "contact-centre",
                            )
                            .place(Place::Remote)
                            .data([DataUse::LooksUp])
                            .characteristics([C::Courteous, C::Discreet]),
                        )
                        .step(
                            step(
                                "handle-request",
                                "Balance, transfer, card order or a question answered",
                                M::Information,
                                "contact-centre",
                            )
                            .place(Place::Remote)
                            .data([DataUse::LooksUp])
                            .characteristics([C::Knowledgeable, C::Patient]),
                        )
                        .step(
                            step(
                                "close-call",
                                "Agent sums up what was done and gives a reference",
                                M::Farewell,
                                "contact-centre",
                            )
                            .place(Place::Remote)
                            .started_by(Initiator::Company)
                            .characteristics([C::Courteous]),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("lost-card", "A lost or stolen card")
                .profile(cards)
                .phase(
                    Phase::builder("report", "Report")
                        .channels([Ch::Telephone])
                        .step(
                            step(
                                "report-loss",
                                "Customer calls to report a lost or stolen card",
                                M::Incident,
                                "contact-centre",
                            )
                            .place(Place::Remote)
                            .data([DataUse::Records])
                            .hands_over([Valuable::Card])
                            .characteristics([C::Prompt, C::Patient]),
                        )
                        .step(
                            step(
                                "verify-card-holder",
                                "Agent checks the caller without asking for the PIN",
                                M::Identification,
                                "contact-centre",
                            )
                            .place(Place::Remote)
                            .data([DataUse::LooksUp])
                            .started_by(Initiator::Company)
                            .continues("report/report-loss"),
                        ),
                )
                .phase(
                    Phase::builder("proof", "Proof of the report").channels([Ch::Sms]).step(
                        step(
                            "confirm-block",
                            "Text with the reference and the time of the block",
                            M::Information,
                            "cards-fraud",
                        )
                        .started_by(Initiator::Company),
                    ),
                )
                .phase(
                    Phase::builder("recovery", "Recovery")
                        .channels([Ch::Letter, Ch::App])
                        .step(
                            step(
                                "refund-unauthorised",
                                "Unauthorised payments refunded",
                                M::Delivery,
                                "cards-fraud",
                            )
                            .channels([Ch::App])
                            .hands_over([Valuable::Cash]),
                        )
                        .step(
                            step(
                                "send-replacement",
                                "New card and PIN sent separately",
                                M::Delivery,
                                "cards-fraud",
                            )
                            .channels([Ch::Letter])
                            .hands_over([Valuable::Card])
                            .opens_contact(),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("complaint", "A complaint")
                .profile(weeks)
                .phase(
                    Phase::builder("intake", "Intake")
                        .channels([Ch::FaceToFace, Ch::Telephone, Ch::Email, Ch::Letter])
                        .step(
                            step(
                                "receive-complaint",
                                "Customer complains, aloud or in writing",
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
                                "acknowledge-complaint",
                                "Written acknowledgement with a case number",
                                M::Information,
                                "complaints",
                            )
                            .started_by(Initiator::Company)
                            .data([DataUse::Records]),
                        )
                        .step(
                            step(
                                "final-response",
                                "Decision, reasons, redress and where to go next",
                                M::Exception,
                                "complaints",
                            )
                            .started_by(Initiator::Company)
                            .hands_over([Valuable::Documents])
                            .opens_contact(),
                        ),
                ),
        )
}
