//! The public-office pack: the front line of a public authority (a city
//! hall, a district or registry office, a passport office): an information
//! point, a service hall with queue tickets and counters, written
//! applications, proceedings ending in a decision or a certificate, fees,
//! documents collected, complaints. Polish law is its backbone.
//!
//! Written in our own words from public sources of the trade; each rule
//! names its source in its `source` field:
//!
//! - the Polish Code of Administrative Procedure (KPA), art. 35, 36, 217,
//!   237 and 244, as building-control offices and legal guides explain it;
//! - the Polish act on access to public information, art. 13;
//! - the Polish act on ensuring accessibility to persons with special
//!   needs, art. 6, and the sign-language act of 19 August 2011;
//! - queue-ticket systems and appointment-only service in Polish offices
//!   (Toruń, Zakopane, Suwałki; Gazeta Prawna);
//! - the Warsaw city hall's mystery-shopping programme ("Tajemniczy
//!   Klient");
//! - the "Przyjazny urząd" rules and the customer-service metrics of other
//!   public administrations;
//! - the passport act's 30 days, as the interior ministry states it.

use super::{
    PackBuilder,
    kit::{self, assemble, days, department, noun, rule, step, tiers},
};
use crate::{
    model::CapacityControl, model::Channel as Ch, model::Characteristic as C, model::ContactLevel,
    model::DataUse, model::DeliverySpan, model::Factor as F, model::Initiator, model::MomentKind as M,
    model::Noun, model::Phase, model::Place, model::QualityDimension as D, model::Sequence,
    model::ServiceLevel as L, model::ServiceModel, model::ServiceModelBuilder, model::ServiceProfile,
    model::StandardKind as K, model::TaskAllocation, model::Valuable, rules::Condition,
    rules::ConditionBuilder, rules::Pack, rules::RuleBuilder, standard::LevelTargets, standard::PolicyScope,
    standard::Target as T,
};

const KPA: &str = "Polish Code of Administrative Procedure (KPA)";
const KPA_GUIDES: &str =
    "PINB Olsztyn, Terminy; prawo.pl and edukacjaprawnicza.pl on deadlines in administrative proceedings";
const WARSAW: &str =
    "Warsaw city hall mystery-shopping programme, Tajemniczy Klient (Życie Warszawy, 2017 and 2025)";
const FRIENDLY: &str = "Przyjazny urząd rules (wartowiedziec.pl)";
const QUEUES: &str = "queue-ticket systems of Toruń, Zakopane and Suwałki offices";
const ACCESSIBILITY: &str =
    "Polish act on ensuring accessibility to persons with special needs, art. 6 (BON AGH; wolniodbarier.pl)";

/// A share of cases within `minutes` minutes.
const fn share_within_mins(percent: u8, minutes: u64) -> T {
    T::ShareWithin { percent, within: std::time::Duration::from_secs(minutes * 60) }
}

/// Someone comes in at the entrance of the office.
fn at_entrance() -> ConditionBuilder {
    Condition::builder().channels([Ch::FaceToFace]).moments([M::Welcome]).places([Place::Gate])
}

/// Waiting in the service hall for a number to be called.
fn in_the_hall() -> ConditionBuilder {
    Condition::builder().channels([Ch::FaceToFace]).moments([M::Waiting]).places([Place::Counter])
}

/// At a counter, face to face.
fn at_counter() -> ConditionBuilder {
    Condition::builder().channels([Ch::FaceToFace]).places([Place::Counter])
}

/// An applicant walks up to a counter when their number is called.
fn called_to_counter() -> ConditionBuilder {
    at_counter().started_by(Initiator::Customer).opening().except_moments([M::Welcome, M::Waiting])
}

/// An application taken: the applicant hands over the documents of a case.
fn application() -> ConditionBuilder {
    Condition::builder().moments([M::OrderTaking]).hands_over([Valuable::Documents])
}

/// The office hands over a decision, a certificate or a document.
fn issued() -> ConditionBuilder {
    Condition::builder()
        .moments([M::Delivery])
        .started_by(Initiator::Company)
        .hands_over([Valuable::Documents])
}

/// A letter the office writes in the course of a case, unasked.
fn office_writes() -> ConditionBuilder {
    Condition::builder().moments([M::Exception]).started_by(Initiator::Company)
}

/// A complaint, a request or an appeal, handled in weeks.
fn complaint() -> ConditionBuilder {
    Condition::builder()
        .moments([M::Exception])
        .started_by(Initiator::Customer)
        .factors([F::DeliverySpan(DeliverySpan::Weeks)])
}

/// The pack.
pub(super) fn pack() -> PackBuilder {
    let mut pack = Pack::builder("public-office", "Public office");
    pack = noun(
        pack,
        Noun::Customer,
        ("applicant", "applicants"),
        [
            ["interesant", "interesanta", "interesantowi", "interesanta", "interesantem", "interesancie"],
            ["interesanci", "interesantów", "interesantom", "interesantów", "interesantami", "interesantach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Order,
        ("case", "cases"),
        [
            ["sprawa", "sprawy", "sprawie", "sprawę", "sprawą", "sprawie"],
            ["sprawy", "spraw", "sprawom", "sprawy", "sprawami", "sprawach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Bill,
        ("fee", "fees"),
        [
            ["opłata", "opłaty", "opłacie", "opłatę", "opłatą", "opłacie"],
            ["opłaty", "opłat", "opłatom", "opłaty", "opłatami", "opłatach"],
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
        ("office", "offices"),
        [
            ["urząd", "urzędu", "urzędowi", "urząd", "urzędem", "urzędzie"],
            ["urzędy", "urzędów", "urzędom", "urzędy", "urzędami", "urzędach"],
        ],
    );
    assemble(pack, essentials(), gestures(), template())
}

/// The trade's essentials: what the law and a head of customer service
/// insist on.
#[rustfmt::skip]
#[allow(clippy::too_many_lines, reason = "the pack's rules are one table of data")]
fn essentials() -> Vec<RuleBuilder> {
    vec![
        // ── The building and the hall ────────────────────────────────────────
        rule("signs-and-board", "wayfinding", K::Product, D::Tangibles,
            "Sign the building, every counter and room, and keep an information board at the entrance, so that {customers} find the right counter without asking",
            "Oznacz budynek, każde okienko i pokój oraz utrzymuj tablicę informacyjną przy wejściu, tak by {customers} trafiali do właściwego okienka bez pytania",
            &format!("{WARSAW} (signage, information board); Jamaica Cabinet Office common metrics (clear directional signs)"))
            .when(at_entrance())
            .targets(LevelTargets::same(T::Always)),
        rule("accessibility-minimum", "accessibility", K::Product, D::Convenience,
            "Give every {customer} step-free access, an induction loop at the counters, communication in the form they ask for, and the name of the accessibility coordinator",
            "Zapewnij każdemu {customer:dat} dostęp bez barier, pętlę indukcyjną przy okienkach, kontakt w formie, o którą prosi, i nazwisko koordynatora do spraw dostępności",
            ACCESSIBILITY)
            .critical()
            .when(at_entrance())
            .targets(LevelTargets::same(T::Always)),
        rule("opening-hours-for-workers", "opening-hours", K::Product, D::Convenience,
            "Keep the {place} open until 17:00 or later on at least one day a week, so that working {customers} can come",
            "Otwieraj {place:acc} co najmniej jeden dzień w tygodniu do 17:00 lub dłużej, by mogli przyjść pracujący {customers}",
            "passport offices of Podkarpackie and Olsztyn and the Mazowsze office (one long day a week in the peak season)")
            .when(at_entrance().from_level(L::Expected))
            .targets(LevelTargets::new().at(L::Expected, T::Always).at(L::Exclusive, T::Always)),
        rule("ticket-shows-the-queue", "queue-information", K::Procedure, D::Communication,
            "Give every {customer} a ticket with their number, the time, the matter and the number of people waiting before them, and call numbers on the screens and aloud",
            "Wydawaj każdemu {customer:dat} bilet z numerem, godziną, rodzajem sprawy i liczbą osób oczekujących przed nim, a numery wywołuj na ekranach i głosowo",
            QUEUES)
            .when(Condition::builder().moments([M::Waiting]).channels([Ch::SelfService]).data([DataUse::Records]))
            .targets(LevelTargets::same(T::Always)),
        rule("walk-in-wait", "queue-time", K::Procedure, D::Responsiveness,
            "Open more counters as the hall fills, so that {customers} without a booking are called {target}; give priority only as the law or the published rules allow",
            "Otwieraj kolejne okienka, gdy sala się zapełnia, tak by {customers} bez rezerwacji byli wywoływani {target}; pierwszeństwo dawaj tylko tak, jak pozwala prawo lub ogłoszony regulamin",
            &format!("{WARSAW} (average wait of 4 to 5 minutes); the shares and times are our proposal"))
            .when(in_the_hall())
            .targets(tiers(share_within_mins(80, 15), share_within_mins(90, 10), share_within_mins(90, 5))),
        rule("forms-and-fees-on-display", "printed-materials", K::Product, D::Communication,
            "Keep current, readable forms, the list of documents for each matter and the fees in the hall and on the website",
            "Udostępniaj na sali i na stronie internetowej aktualne, czytelne formularze, listę dokumentów potrzebnych w każdej sprawie i wysokość opłat",
            "Urząd Miejski w Sierpcu satisfaction form (readability of forms); Jamaica Cabinet Office common metrics (brochures)")
            .when(in_the_hall())
            .targets(LevelTargets::same(T::Always)),
        // ── At the counter ───────────────────────────────────────────────────
        rule("greet-and-introduce", "greeting-on-arrival", K::PersonalContact, D::Assurance,
            "Greet every {customer} called to the counter, say your name, and wear a name badge they can read",
            "Przywitaj każdego {customer:acc} wywołanego do okienka, przedstaw się i noś czytelny identyfikator",
            &format!("{WARSAW} (greeting 99–100 %, self-introduction 90–95 %); Jamaica Cabinet Office common metrics (name badges)"))
            .when(called_to_counter())
            .targets(LevelTargets::same(T::Always)),
        rule("plain-words-and-check", "plain-language", K::PersonalContact, D::Communication,
            "Ask about the details of the {order}, explain the documents, the fee and the next steps in plain words, and check that the {customer} has understood",
            "Zapytaj o szczegóły {order:gen}, wyjaśnij prostymi słowami dokumenty, opłatę i kolejne kroki i upewnij się, że {customer} zrozumiał",
            &format!("{WARSAW} (understandable terms 95–99 %, asking about details, checking understanding)"))
            .once_per_contact()
            .when(at_counter().moments([M::OrderTaking, M::Consultation]))
            .targets(LevelTargets::same(T::Always)),
        rule("simple-case-at-once", "settle-at-once", K::Procedure, D::Responsiveness,
            "Settle at once, at the counter, a {order} that can be settled from the documents the {customer} brings or from the office's own records",
            "Załatw od ręki, przy okienku, {order:acc}, którą można załatwić na podstawie dokumentów przedstawionych przez {customer:acc} albo danych, którymi dysponuje urząd",
            &format!("{KPA}, art. 35 § 2; {KPA_GUIDES}"))
            .critical()
            .when(application().channels([Ch::FaceToFace]).places([Place::Counter]))
            .targets(LevelTargets::same(T::Always)),
        rule("deadline-told-at-filing", "deadline-information", K::Procedure, D::Communication,
            "When an application is taken, tell the {customer} when the {order} will be settled or the document can be collected",
            "Przyjmując wniosek, powiedz {customer:dat}, kiedy {order} zostanie załatwiona lub kiedy można odebrać dokument",
            "Urząd Miejski w Sierpcu satisfaction form (information about the deadline); interior ministry, passport collection date given with the application")
            .once_per_contact()
            .when(application())
            .targets(LevelTargets::same(T::Always)),
        rule("filing-confirmed", "tracking", K::Procedure, D::Reliability,
            "Confirm every filing with its date, the {order} number and the name, position and phone number of the officer in charge",
            "Potwierdzaj każde złożone pismo datą wpływu, numerem {order:gen} oraz imieniem i nazwiskiem, stanowiskiem i numerem telefonu prowadzącego urzędnika",
            FRIENDLY)
            .once_per_contact()
            .when(application())
            .targets(LevelTargets::same(T::Always)),
        rule("discretion-at-counter", "discretion-aloud", K::PersonalContact, D::Assurance,
            "Never discuss a {customer}'s personal matters where others waiting can hear, and never leave personal data in view; offer a separate room when they ask",
            "Nigdy nie omawiaj spraw osobistych {customer:gen} tak, by słyszeli to inni czekający, i nie zostawiaj danych osobowych na widoku; na prośbę zaproponuj osobne pomieszczenie",
            "GDPR (Regulation (EU) 2016/679), art. 5(1)(f) (confidentiality); infoplanet.pl on the tax offices' friendly-office contest (discretion asked for)")
            .critical()
            .once_per_contact()
            .when(at_counter())
            .targets(LevelTargets::same(T::Never)),
        rule("fee-stated-and-receipted", "price-transparency", K::Procedure, D::Assurance,
            "Tell the {customer} the statutory {bill} before the application is filed, and give a receipt for every payment",
            "Podaj {customer:dat} wysokość ustawowej {bill:gen} przed złożeniem wniosku i wydawaj potwierdzenie każdej wpłaty",
            &format!("interior ministry, passport fee; {FRIENDLY}"))
            .when(Condition::builder().moments([M::Payment]).hands_over([Valuable::Cash, Valuable::Card]))
            .targets(LevelTargets::same(T::Always)),
        rule("impartial-and-reasoned", "impartiality", K::PersonalContact, D::Assurance,
            "Settle every {order} on the law and the file alone: promise no outcome, grant no favours, and give reasons for every answer",
            "Załatwiaj każdą {order:acc} wyłącznie na podstawie prawa i akt: nie obiecuj rozstrzygnięcia, nie okazuj względów i uzasadniaj każdą odpowiedź",
            &format!("{FRIENDLY} (every written request gets a reasoned answer); trade notes, traps (equal treatment, no promised outcome)"))
            .once_per_contact()
            // Where a case is taken in and decided, not where a certificate
            // is handed over: that settles nothing.
            .when(Condition::builder().moments([M::OrderTaking]).hands_over([Valuable::Documents]))
            .targets(LevelTargets::same(T::Always)),
        rule("no-goodwill-payments", "empowerment", K::Procedure, D::Assurance,
            "Settle no complaint with money, a discount or a waived {bill}: fees are set by law, and only a {bill} paid in error is refunded",
            "Nie załatwiaj skarg pieniędzmi, rabatem ani zwolnieniem z {bill:gen}: opłaty ustala ustawa, a zwraca się tylko {bill:acc} wniesioną nienależnie",
            "trade notes, traps (statutory fees; refund only where the law provides)")
            .policy(PolicyScope::Department)
            .when(Condition::builder().moments([M::Exception]).started_by(Initiator::Customer))
            .targets(LevelTargets::same(T::Never)),
        rule("walk-in-still-served", "walk-in-service", K::Product, D::Convenience,
            "Let {customers} book a {visit} online or by phone, and still serve one who comes without a booking",
            "Umożliwiaj {customers:dat} rezerwację {visit:gen} przez internet lub telefon, ale obsługuj także tych, którzy przyjdą bez rezerwacji",
            "Gazeta Prawna on appointment-only offices turning away elderly residents; Suwałki city hall (online booking)")
            .when(in_the_hall())
            .targets(LevelTargets::same(T::Always)),
        // ── Documents and decisions ──────────────────────────────────────────
        rule("documents-to-the-holder-only", "identity-check", K::Procedure, D::Assurance,
            "Hand an identity document, a passport, a licence or a decision only to the applicant or to a person they authorised, after checking the identity document of the one collecting it",
            "Wydawaj dowód osobisty, paszport, prawo jazdy lub decyzję tylko wnioskodawcy albo osobie przez niego upoważnionej, po sprawdzeniu dokumentu tożsamości odbierającego",
            &format!("{QUEUES} (bring an identity document to collect); interior ministry, passport collection"))
            .critical()
            .when(at_counter().moments([M::Delivery]).hands_over([Valuable::Documents]))
            .targets(LevelTargets::same(T::Always)),
        rule("passport-in-30-days", "document-ready", K::Procedure, D::Reliability,
            "Have a passport ready for collection {target} of the application; the act allows 30 days and has no urgent track, so promise none",
            "Przygotuj paszport do odbioru {target} od złożenia wniosku; ustawa daje 30 dni i nie przewiduje trybu pilnego, więc go nie obiecuj",
            "Polish passport act (interior ministry, waiting time for a passport; Radom24; KrosnoCity)")
            .critical()
            .when(at_counter().moments([M::Delivery]).started_by(Initiator::Customer).hands_over([Valuable::Documents]))
            .targets(tiers(days(30), days(14), days(7))),
        rule("decision-in-time", "decision-time", K::Procedure, D::Reliability,
            "Decide a {order} that needs investigation within the time the law sets for it, not counting the periods the law leaves out, and tell the {customer} that time when it opens",
            "Rozstrzygaj {order:acc} wymagającą postępowania wyjaśniającego w terminie, który wyznacza prawo, nie wliczając okresów, których prawo nie wlicza, i podaj {customer:dat} ten termin przy jej wszczęciu",
            &format!("{KPA}, art. 35 § 3 and § 5; {KPA_GUIDES}"))
            .critical()
            .when(issued().factors([F::DeliverySpan(DeliverySpan::Weeks)]))
            .targets(LevelTargets::same(T::Always)),
        rule("certificate-in-7-days", "decision-time", K::Procedure, D::Responsiveness,
            "Issue a certificate {target} of the request, and never later than the law allows",
            "Wydawaj zaświadczenie {target} od złożenia wniosku, nigdy później, niż pozwala prawo",
            &format!("{KPA}, art. 217 § 3; {KPA_GUIDES}"))
            .critical()
            .when(issued().factors([F::DeliverySpan(DeliverySpan::Days)]))
            .targets(tiers(days(7), days(1), T::within_hours(1))),
        rule("delay-notice", "delay-notice", K::Procedure, D::Communication,
            "When a deadline cannot be met, tell the {customer} before it passes why, the new date, and how they may press for a decision where the law allows it, also when the delay is not the office's fault",
            "Gdy termin nie może być dotrzymany, zawiadom {customer:acc}, zanim upłynie, o przyczynie, nowym terminie i prawie do wniesienia ponaglenia, także gdy zwłoka nie wynika z winy urzędu",
            &format!("{KPA}, art. 36; {KPA_GUIDES}"))
            .critical()
            .when(office_writes().characteristics([C::Proactive]))
            .targets(LevelTargets::same(T::Always)),
        rule("forwarded-at-once", "forwarding", K::Procedure, D::Reliability,
            "Forward a filing meant for another unit or authority at once, and tell the {customer} to whom it went",
            "Przekaż niezwłocznie pismo skierowane do niewłaściwej komórki lub organu właściwemu i powiadom {customer:acc}, komu je przekazano",
            &format!("{KPA}, art. 65 (known, not read); {FRIENDLY} (misdirected letters forwarded at once, the author told)"))
            .critical()
            .when(office_writes().characteristics([C::Prompt]))
            .targets(LevelTargets::same(T::Always)),
        // ── Information, complaints, accessibility ───────────────────────────
        rule("public-information-in-14-days", "public-information", K::Procedure, D::Responsiveness,
            "Give public information not already published {target} of the request; when it cannot be done in that time, say why and give a date within the limit the law sets",
            "Udostępniaj informację publiczną, której jeszcze nie opublikowano, {target} od złożenia wniosku; gdy nie da się tego zrobić w tym czasie, podaj przyczynę i termin mieszczący się w granicy, którą wyznacza prawo",
            "Polish act on access to public information, art. 13 (infpub.pl; Teatr Muzyczny Łódź BIP)")
            .critical()
            .when(Condition::builder().moments([M::Information]).started_by(Initiator::Customer).channels([Ch::Email, Ch::Letter]).data([DataUse::Records]))
            .targets(tiers(days(14), days(7), days(1))),
        rule("complaint-in-a-month", "complaint-resolution", K::Procedure, D::Reliability,
            "Deal with a complaint or a request and answer it in writing {target} of its receipt, and never later than the law allows",
            "Rozpatrz skargę lub wniosek i odpowiedz na piśmie {target} od dnia wpływu, nigdy później, niż pozwala prawo",
            &format!("{KPA}, art. 237 and 244; {KPA_GUIDES}"))
            .critical()
            .when(complaint())
            .targets(tiers(days(30), days(14), days(14))),
        rule("appeal-in-a-month", "complaint-resolution", K::Procedure, D::Reliability,
            "Have an appeal decided within the time the law sets for the appeal body, and tell the {customer} where it is",
            "Zadbaj, by odwołanie zostało rozpatrzone w terminie, który prawo wyznacza organowi odwoławczemu, i powiedz {customer:dat}, gdzie się znajduje",
            &format!("{KPA}, art. 35 § 3 (appeals within one month); {KPA_GUIDES}"))
            .critical()
            .when(complaint().characteristics([C::Punctual]))
            .targets(LevelTargets::same(T::Always)),
        rule("sign-language-interpreter", "interpreter", K::Procedure, D::Convenience,
            "Provide a free interpreter of the national sign language, or another way of communicating the {customer} chooses, when they asked for one in the notice the law sets before the {visit}",
            "Zapewnij bezpłatnego tłumacza narodowego języka migowego lub inny sposób komunikowania się wybrany przez {customer:acc}, gdy zgłosił to z wyprzedzeniem, jakiego wymaga prawo, przed {visit:ins}",
            "Polish sign-language act of 19 August 2011 (Gmina Dąbie BIP; Gazeta Prawna)")
            .critical()
            .when(Condition::builder().moments([M::OrderTaking]).characteristics([C::Accessible]))
            .targets(LevelTargets::same(T::Always)),
    ]
}

/// The trade's exclusive gestures: what an applicant notices and did not
/// expect. None of them is a favour: equal treatment stays.
#[rustfmt::skip]
fn gestures() -> Vec<RuleBuilder> {
    let exclusive = |target| LevelTargets::new().at(L::Exclusive, target);
    vec![
        kit::forms_filled_for_them(
            "public office research notes, exclusive gestures (proposal: assisted filling at the desk)",
            Condition::builder().moments([M::Consultation]).started_by(Initiator::Customer).channels([Ch::FaceToFace]),
        ),
        rule("record-requested-for-them", "referral", K::Procedure, D::Empathy,
            "When the office cannot deal with the matter, tell the {customer} which office can, and offer to send the request there for them",
            "Gdy urząd nie może załatwić sprawy, powiedz {customer:dat}, który urząd to zrobi, i zaproponuj, że przekażesz tam wniosek w jego imieniu",
            "public office research notes, exclusive gestures (proposal: a request passed on, as the Code of Administrative Procedure, art. 65, does for a wrong office)")
            .when(Condition::builder().moments([M::Information]).started_by(Initiator::Company).characteristics([C::Helpful]))
            .targets(exclusive(T::Always)),
        rule("ticket-on-the-phone", "remote-queue", K::Product, D::Convenience,
            "Let the {customer} turn the paper ticket into one on their phone, with an alert when their turn is near, so that they can wait outside",
            "Pozwól {customer:dat} zamienić papierowy bilet na bilet w telefonie, z powiadomieniem, gdy zbliża się jego kolej, by mógł czekać na zewnątrz",
            &format!("trade notes, exclusive gestures; {QUEUES} (Toruń)"))
            .when(Condition::builder().moments([M::Waiting]).channels([Ch::SelfService]).data([DataUse::Records]))
            .targets(exclusive(T::Always)),
        rule("saturday-openings", "extra-openings", K::Product, D::Convenience,
            "Open on some Saturdays or evenings in the busiest season",
            "Otwieraj urząd w wybrane soboty lub wieczory w najbardziej obciążonym okresie",
            "trade notes, exclusive gestures (Mazowsze, Saturday with a passport)")
            .when(at_entrance())
            .targets(exclusive(T::Always)),
        rule("childrens-corner", "children", K::Product, D::Empathy,
            "Keep a children's corner near the busiest counters",
            "Urządź kącik dla dzieci w pobliżu najbardziej obleganych okienek",
            "trade notes, exclusive gestures (Szczecin, Nowy Sącz, Olsztyn)")
            .when(in_the_hall())
            .targets(exclusive(T::Always)),
        rule("officer-calls-when-ready", "named-officer", K::PersonalContact, D::Empathy,
            "Have the officer in charge, whose direct number the {customer} has, call them to say the {order} is settled or the document is ready",
            "Niech prowadzący urzędnik, którego bezpośredni numer zna {customer}, zadzwoni do niego z wiadomością, że {order} jest załatwiona lub dokument gotowy",
            "trade notes, exclusive gestures")
            .when(Condition::builder().moments([M::FollowUp]).started_by(Initiator::Company))
            .targets(exclusive(T::Always)),
        rule("remote-interpreter-at-once", "interpreter-at-once", K::Procedure, D::Convenience,
            "Offer a remote sign-language video interpreter at once, without the 3 days' notice",
            "Zapewnij tłumacza języka migowego online od razu, bez trzydniowego wyprzedzenia",
            &format!("trade notes, exclusive gestures; {ACCESSIBILITY} (remote interpreter)"))
            .when(Condition::builder().moments([M::OrderTaking]).characteristics([C::Accessible]))
            .targets(exclusive(T::Always)),
        rule("clerk-comes-out", "assistance-in-person", K::PersonalContact, D::Empathy,
            "Come out from behind the counter to a {customer} with limited mobility, or serve them at a lowered counter or at the entrance",
            "Wyjdź zza okienka do {customer:gen} o ograniczonej sprawności ruchowej albo obsłuż go przy obniżonym stanowisku lub przy wejściu",
            "trade notes, exclusive gestures; Warsaw city hall mystery shopping (help to people with special needs)")
            .when(called_to_counter())
            .targets(exclusive(T::Always)),
        rule("case-status-online", "status-online", K::Product, D::Convenience,
            "Show the status of the {order} online, so that the {customer} need not call to ask",
            "Pokazuj stan {order:gen} online, by {customer} nie musiał dzwonić z pytaniem",
            "trade notes, exclusive gestures (passport status online)")
            .once_per_contact()
            .when(application())
            .targets(exclusive(T::Always)),
    ]
}

/// A typical city or district office: a walk-in visit to the service hall,
/// written proceedings, a certificate, a document collected, remote
/// enquiries, and a complaint.
#[allow(clippy::too_many_lines, reason = "the template is one model of data")]
fn template() -> ServiceModelBuilder {
    let face = [Ch::FaceToFace];
    let written = [Ch::Letter, Ch::WebForm];
    let weeks = ServiceProfile::builder()
        .contact(ContactLevel::Low)
        .delivery(DeliverySpan::Weeks)
        .tasks(TaskAllocation::ServiceOnly)
        .build();
    let days = ServiceProfile::builder()
        .contact(ContactLevel::Medium)
        .delivery(DeliverySpan::Days)
        .tasks(TaskAllocation::ServiceOnly)
        .build();
    let remote = ServiceProfile::builder()
        .contact(ContactLevel::Low)
        .capacity(CapacityControl::Reservations)
        .tasks(TaskAllocation::ServiceOnly)
        .build();
    ServiceModel::builder("A city office")
        .pack("public-office")
        .profile(
            ServiceProfile::builder()
                .contact(ContactLevel::High)
                .capacity(CapacityControl::ReservationsAndQueues)
                .tasks(TaskAllocation::ServiceOnly)
                .build(),
        )
        .departments(
            [
                department("information-point", "Information point"),
                department("service-hall", "Service hall"),
                department("cashier", "Cashier"),
                department("mailroom", "Registry of filings"),
                department("case-unit", "Subject departments"),
                department("complaints", "Complaints and legal unit"),
                department("accessibility", "Accessibility coordinator"),
            ]
            .into_iter()
            .flatten(),
        )
        .sequence(
            Sequence::builder("visit", "A walk-in visit to the service hall")
                .phase(
                    Phase::builder("arrival", "Arrival")
                        .channels(face)
                        .step(
                            step(
                                "enter-and-orient",
                                "Applicant comes in; signs, the information board and the information point",
                                M::Welcome,
                                "information-point",
                            )
                            .place(Place::Gate)
                            .characteristics([C::Helpful, C::Accessible]),
                        )
                        .step(
                            step(
                                "take-ticket",
                                "Ticket taken from the machine, or a booking code entered",
                                M::Waiting,
                                "service-hall",
                            )
                            .channels([Ch::SelfService])
                            .place(Place::Counter)
                            .data([DataUse::Records])
                            .no_contact(),
                        ),
                )
                .phase(
                    Phase::builder("waiting", "Waiting").channels(face).step(
                        step(
                            "wait-for-call",
                            "Applicant waits in the hall until the number is shown and called",
                            M::Waiting,
                            "service-hall",
                        )
                        .place(Place::Counter)
                        .no_contact()
                        .characteristics([C::Comfortable]),
                    ),
                )
                .phase(
                    Phase::builder("counter", "At the counter")
                        .channels(face)
                        .step(
                            step(
                                "greet-identify",
                                "Clerk greets the applicant, says their name and checks the applicant's identity",
                                M::Identification,
                                "service-hall",
                            )
                            .place(Place::Counter)
                            .opens_contact()
                            .data([DataUse::LooksUp])
                            .characteristics([C::Courteous]),
                        )
                        .step(
                            step(
                                "check-and-accept",
                                "Clerk checks the documents, explains, accepts the application and says when it will be settled",
                                M::OrderTaking,
                                "service-hall",
                            )
                            .place(Place::Counter)
                            .data([DataUse::Records])
                            .hands_over([Valuable::Documents])
                            .characteristics([C::Clear, C::Knowledgeable, C::Discreet]),
                        )
                        .step(
                            step("pay-fee", "Applicant pays the statutory fee and gets a receipt", M::Payment, "cashier")
                                .channels([Ch::FaceToFace, Ch::SelfService])
                                .place(Place::Counter)
                                .hands_over([Valuable::Cash, Valuable::Card]),
                        )
                        .step(
                            step(
                                "confirm-and-close",
                                "Confirmation of the filing and what happens next",
                                M::Farewell,
                                "service-hall",
                            )
                            .place(Place::Counter)
                            .started_by(Initiator::Company)
                            .continues("counter/check-and-accept")
                            .hands_over([Valuable::Documents]),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("proceedings", "Written proceedings")
                .profile(weeks)
                .phase(
                    Phase::builder("filing", "Filing")
                        .channels([Ch::Letter, Ch::WebForm, Ch::FaceToFace])
                        .step(
                            step(
                                "register-filing",
                                "Filing registered, with a receipt naming the officer in charge",
                                M::OrderTaking,
                                "mailroom",
                            )
                            .data([DataUse::Records])
                            .hands_over([Valuable::Documents])
                            .characteristics([C::Accurate]),
                        )
                        .step(
                            step(
                                "route-to-unit",
                                "Filing assigned to the competent unit, or forwarded to the competent authority",
                                M::Exception,
                                "mailroom",
                            )
                            .channels(written)
                            .started_by(Initiator::Company)
                            .data([DataUse::Records])
                            .characteristics([C::Prompt]),
                        ),
                )
                .phase(
                    Phase::builder("examination", "Examination")
                        .channels([Ch::Letter, Ch::WebForm, Ch::Telephone])
                        .step(
                            step(
                                "request-missing",
                                "Applicant asked to complete what is missing",
                                M::Exception,
                                "case-unit",
                            )
                            .started_by(Initiator::Company)
                            .data([DataUse::Records])
                            .characteristics([C::Clear]),
                        )
                        .step(
                            step(
                                "delay-notice",
                                "Notice of a delay with the reason, the new date and the right to a reminder",
                                M::Exception,
                                "case-unit",
                            )
                            .channels(written)
                            .started_by(Initiator::Company)
                            .opens_contact()
                            .characteristics([C::Proactive, C::Honest]),
                        ),
                )
                .phase(
                    Phase::builder("outcome", "Outcome")
                        .channels([Ch::Letter, Ch::WebForm, Ch::FaceToFace])
                        .step(
                            step("issue-decision", "Decision served", M::Delivery, "case-unit")
                                .started_by(Initiator::Company)
                                .hands_over([Valuable::Documents])
                                .characteristics([C::Clear]),
                        )
                        .step(
                            step("appeal", "Appeal received and sent on to the appeal body", M::Exception, "case-unit")
                                .channels(written)
                                .opens_contact()
                                .data([DataUse::Records])
                                .characteristics([C::Punctual]),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("certificate", "A certificate")
                .profile(days)
                .phase(
                    Phase::builder("request", "Request").channels([Ch::FaceToFace, Ch::WebForm]).step(
                        step(
                            "request-certificate",
                            "Applicant asks for a certificate and pays its fee",
                            M::OrderTaking,
                            "service-hall",
                        )
                        .data([DataUse::Records])
                        .hands_over([Valuable::Documents]),
                    ),
                )
                .phase(
                    Phase::builder("issue", "Issue").channels([Ch::FaceToFace, Ch::Letter, Ch::WebForm]).step(
                        step("issue-certificate", "Certificate issued", M::Delivery, "service-hall")
                            .started_by(Initiator::Company)
                            .hands_over([Valuable::Documents]),
                    ),
                ),
        )
        .sequence(
            Sequence::builder("collection", "A document collected (identity card, passport, licence)")
                .phase(
                    Phase::builder("notice", "Notice").channels([Ch::Sms, Ch::Email, Ch::WebForm]).step(
                        step(
                            "ready-notice",
                            "The document is ready: a text, an e-mail or the status online",
                            M::FollowUp,
                            "service-hall",
                        )
                        .started_by(Initiator::Company)
                        .characteristics([C::Informative]),
                    ),
                )
                .phase(
                    Phase::builder("pick-up", "Pick-up")
                        .channels(face)
                        .step(
                            step("pickup-queue", "Ticket for collection", M::Waiting, "service-hall")
                                .channels([Ch::SelfService])
                                .place(Place::Counter)
                                .no_contact(),
                        )
                        .step(
                            step(
                                "verify-and-hand-over",
                                "Identity checked, collection signed, the old document cancelled",
                                M::Delivery,
                                "service-hall",
                            )
                            .place(Place::Counter)
                            .started_by(Initiator::Customer)
                            .opens_contact()
                            .data([DataUse::LooksUp])
                            .hands_over([Valuable::Documents])
                            .characteristics([C::Accurate]),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("remote", "Remote enquiries and requests")
                .profile(remote)
                .phase(
                    Phase::builder("phone", "Phone").channels([Ch::Telephone]).step(
                        step(
                            "phone-enquiry",
                            "Call answered, and the question answered or passed on",
                            M::Information,
                            "information-point",
                        )
                        .place(Place::Remote)
                        .data([DataUse::LooksUp])
                        .characteristics([C::Knowledgeable, C::Courteous]),
                    ),
                )
                .phase(
                    Phase::builder("booking", "Booking a visit").channels([Ch::WebForm, Ch::Telephone]).step(
                        step("book-visit", "Visit booked online or by phone", M::OrderTaking, "service-hall")
                            .place(Place::Remote)
                            .data([DataUse::Records]),
                    ),
                )
                .phase(
                    Phase::builder("public-information", "Public information")
                        .channels([Ch::Email, Ch::Letter])
                        .step(
                            step(
                                "public-info-request",
                                "Request for public information answered",
                                M::Information,
                                "complaints",
                            )
                            .place(Place::Remote)
                            .data([DataUse::Records]),
                        ),
                )
                .phase(
                    Phase::builder("interpreter", "Sign-language interpreter")
                        .channels([Ch::Email, Ch::Sms, Ch::Telephone, Ch::Fax])
                        .step(
                            step(
                                "interpreter-request",
                                "A deaf applicant books an interpreter for the visit",
                                M::OrderTaking,
                                "accessibility",
                            )
                            .place(Place::Remote)
                            .data([DataUse::Records])
                            .characteristics([C::Accessible]),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("complaint", "A complaint")
                .profile(weeks)
                .phase(
                    Phase::builder("complaint", "Complaint")
                        .channels([Ch::Letter, Ch::Email, Ch::FaceToFace])
                        .step(
                            step(
                                "file-complaint",
                                "Complaint about the service or an officer, aloud or in writing",
                                M::Exception,
                                "complaints",
                            )
                            .data([DataUse::Records])
                            .characteristics([C::Patient]),
                        )
                        .step(
                            step("complaint-answer", "Written answer with its reasons", M::Exception, "complaints")
                                .channels([Ch::Letter, Ch::Email])
                                .started_by(Initiator::Company)
                                .opens_contact()
                                .hands_over([Valuable::Documents]),
                        ),
                ),
        )
}
