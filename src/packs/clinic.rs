//! The clinic pack: an outpatient clinic or general practice (a reception
//! desk, a waiting room, a nurse's room, consulting rooms and a small
//! sample-taking point), booked by phone or online, with results by phone,
//! app or letter.
//!
//! Written in our own words from public sources of the trade; each rule
//! names its source in its `source` field:
//!
//! - a medical-practice reception manual (SlideShare summary: three rings,
//!   greeting by name within 30 seconds, waits under 15 minutes);
//! - The Joint Commission, National Patient Safety Goal NPSG.01.01.01 (two
//!   patient identifiers; specimens labelled in the patient's presence);
//! - the AIDET framework (Acknowledge, Introduce, Duration, Explanation,
//!   Thank you), as Augusta University and BMJ Open Quality set it out;
//! - the GMC's guidance on intimate examinations and chaperones (MDDUS and
//!   Wessex LMCs summaries);
//! - consent guidance of University Hospitals of Liverpool and the Penrose
//!   Portal; the Polish Act on Patient Rights and the Patient Ombudsman;
//! - a surgery's clinic-punctuality policy (Witton Street Surgery) and
//!   "Beyond the reception desk" on clinics running late;
//! - a BJGP study of confidentiality in GP waiting rooms and MeCourse on
//!   confidentiality at the front desk and on the telephone;
//! - the AHRQ CAHPS Clinician & Group Survey 3.0 (the patient-experience
//!   items).

use super::{
    PackBuilder,
    kit::{assemble, days, department, noun, rule, step, tiers},
};
use crate::{
    model::Capability as Cap, model::CapacityControl, model::Channel as Ch, model::Characteristic as C,
    model::Complexity, model::ContactLevel, model::DataUse, model::DeliverySpan, model::Factor as F,
    model::Initiator, model::MomentKind as M, model::Noun, model::Phase, model::Place,
    model::QualityDimension as D, model::Risk, model::Sequence, model::ServiceLevel as L,
    model::ServiceModel, model::ServiceModelBuilder, model::ServiceProfile, model::StandardKind as K,
    model::TaskAllocation, model::Valuable, rules::Condition, rules::ConditionBuilder, rules::Pack,
    rules::RuleBuilder, standard::LevelTargets, standard::Target as T,
};

const MANUAL: &str = "medical-practice reception manual (SlideShare summary, slideshow 13586164)";
const NPSG: &str = "The Joint Commission, National Patient Safety Goal NPSG.01.01.01 (two patient identifiers; ambulatory care 2015)";
const AIDET: &str =
    "AIDET (Acknowledge, Introduce, Duration, Explanation, Thank you): Augusta University; BMJ Open Quality";
const CHAPERONES: &str = "GMC, Intimate examinations and chaperones (MDDUS and Wessex LMCs summaries)";
const CONSENT: &str = "University Hospitals of Liverpool, informed consent; Penrose Portal, consent guidance; Polish Act of 6 November 2008 on Patient Rights and the Patient Ombudsman, art. 15–17";
const LATE: &str = "Witton Street Surgery, clinic punctuality policy; Beyond the reception desk, when the doctor or nurse is running late";
const PRIVACY: &str = "BJGP, confidentiality in GP waiting rooms (table 2); MeCourse, confidentiality at the front desk and on the telephone";
const CAHPS: &str = "AHRQ, CAHPS Clinician & Group Survey 3.0, Adult";

/// In the clinic: face to face.
fn in_clinic() -> ConditionBuilder {
    Condition::builder().channels([Ch::FaceToFace])
}

/// Someone comes up to the reception desk: a contact the patient opens
/// face to face, at the desk.
fn arriving() -> ConditionBuilder {
    in_clinic().moments([M::Welcome]).started_by(Initiator::Customer).opening().places([Place::Desk])
}

/// In the consulting room (the patient's place, where staff come to them),
/// in person.
fn in_the_room() -> ConditionBuilder {
    in_clinic().places([Place::Table])
}

/// An examination, a test or a procedure: a serious step in the consulting
/// room where something is recorded.
fn procedure() -> ConditionBuilder {
    in_the_room().data([DataUse::Records]).serious()
}

/// An appointment being booked: an order taken and recorded promptly.
fn booking() -> ConditionBuilder {
    Condition::builder().moments([M::OrderTaking]).data([DataUse::Records]).characteristics([C::Prompt])
}

/// A result told to the patient: a follow-up the clinic starts, handing
/// over a result, in days.
fn result_told() -> ConditionBuilder {
    Condition::builder()
        .moments([M::FollowUp])
        .started_by(Initiator::Company)
        .hands_over([Valuable::Documents])
        .factors([F::DeliverySpan(DeliverySpan::Days)])
}

/// The pack.
pub(super) fn pack() -> PackBuilder {
    let mut pack = Pack::builder("clinic", "Outpatient clinic");
    pack = noun(
        pack,
        Noun::Customer,
        ("patient", "patients"),
        [
            ["pacjent", "pacjenta", "pacjentowi", "pacjenta", "pacjentem", "pacjencie"],
            ["pacjenci", "pacjentów", "pacjentom", "pacjentów", "pacjentami", "pacjentach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Order,
        ("appointment", "appointments"),
        [
            ["termin", "terminu", "terminowi", "termin", "terminem", "terminie"],
            ["terminy", "terminów", "terminom", "terminy", "terminami", "terminach"],
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
        ("visit", "visits"),
        [
            ["wizyta", "wizyty", "wizycie", "wizytę", "wizytą", "wizycie"],
            ["wizyty", "wizyt", "wizytom", "wizyty", "wizytami", "wizytach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Place,
        ("consulting room", "consulting rooms"),
        [
            ["gabinet", "gabinetu", "gabinetowi", "gabinet", "gabinetem", "gabinecie"],
            ["gabinety", "gabinetów", "gabinetom", "gabinety", "gabinetami", "gabinetach"],
        ],
    );
    assemble(pack, essentials(), gestures(), template())
}

/// The trade's essentials: what a practice manager insists on.
#[rustfmt::skip]
#[allow(clippy::too_many_lines, reason = "the pack's rules are one table of data")]
fn essentials() -> Vec<RuleBuilder> {
    vec![
        // ── Booking ──────────────────────────────────────────────────────────
        rule("urgent-same-day", "urgent-appointment", K::Procedure, D::Responsiveness,
            "Offer every {customer} whose problem is urgent an {order} or a call from a clinician the same day",
            "Zaproponuj każdemu {customer:dat} z pilnym problemem {order:acc} lub rozmowę z lekarzem lub pielęgniarką tego samego dnia",
            &format!("{MANUAL}; {CAHPS}, item Q6 (care needed right away)"))
            .when(booking())
            .targets(LevelTargets::same(T::Always)),
        rule("out-of-hours-route", "after-hours-access", K::Procedure, D::Responsiveness,
            "Outside opening hours, tell every {customer} who calls, in the phone message and on the website, where to get care now: the out-of-hours service, or the emergency number 112 in an emergency",
            "Poza godzinami pracy informuj każdego dzwoniącego {customer:acc}, w komunikacie telefonicznym i na stronie internetowej, gdzie może teraz uzyskać pomoc: w nocnej i świątecznej opiece zdrowotnej, a w nagłym przypadku pod numerem alarmowym 112",
            "CAHPS Clinician & Group visit survey 2.0 (questions after office hours answered as soon as needed); NFZ primary-care rules on informing patients of night and holiday care (own knowledge, not read)")
            .when(Condition::builder().channels([Ch::Telephone]).moments([M::Welcome]).started_by(Initiator::Customer).opening())
            .targets(LevelTargets::same(T::Always)),
        rule("routine-appointment-soon", "routine-appointment", K::Procedure, D::Responsiveness,
            "Offer a routine or new-patient {order} {target} of the request",
            "Zaproponuj {order:acc} rutynowy lub dla nowego pacjenta {target} od zgłoszenia",
            &format!("{MANUAL} (new patients within 3 days, follow-ups within 7); {CAHPS}, item Q8"))
            .when(booking())
            .targets(tiers(days(7), days(3), days(1))),
        rule("medical-question-answered", "medical-question", K::Procedure, D::Responsiveness,
            "Have a nurse or a doctor answer a medical question the {customer} phones or writes in during opening hours {target}",
            "Zadbaj, by pielęgniarka lub lekarz odpowiedzieli na pytanie medyczne, które {customer} zada telefonicznie lub na piśmie w godzinach pracy, {target}",
            &format!("{CAHPS}, item Q10 (answer the same day)"))
            .when(Condition::builder().moments([M::Information]).started_by(Initiator::Customer).data([DataUse::LooksUp]))
            .targets(tiers(days(1), T::within_hours(8), T::within_hours(2))),
        // ── Arrival and waiting ──────────────────────────────────────────────
        rule("greeted-at-reception", "greeting-on-arrival", K::PersonalContact, D::Empathy,
            "Acknowledge every {customer} who comes to the desk {target} of their arrival, with a quiet greeting",
            "Zauważ i cicho przywitaj każdego {customer:acc}, który podchodzi do rejestracji, {target} od jego przyjścia",
            &format!("{MANUAL} (greeted within 30 seconds); {AIDET} (Acknowledge)"))
            .when(arriving())
            .targets(tiers(T::within_secs(60), T::within_secs(30), T::within_secs(15))),
        rule("name-used-quietly", "use-of-name", K::PersonalContact, D::Empathy,
            "Use the {customer}'s name {target} at the desk, quietly, never saying their full name with their date of birth or the reason for the {visit} where others can hear",
            "Zwróć się do {customer:gen} po nazwisku {target} przy rejestracji, cicho, nigdy nie wymawiając jego imienia i nazwiska razem z datą urodzenia ani powodem {visit:gen} tam, gdzie słyszą to inni",
            &format!("{MANUAL} (greeted by name); {PRIVACY}"))
            .once_per_contact()
            .when(in_clinic().places([Place::Desk]).moments([M::Welcome]))
            .targets(LevelTargets::same(T::AtLeast(1))),
        rule("desk-confidentiality", "discretion-aloud", K::PersonalContact, D::Assurance,
            "Never say the reason for the {visit}, a diagnosis or a result aloud at the desk; speak quietly, ask only what is needed, keep screens out of view and offer a private spot for anything sensitive",
            "Nigdy nie wypowiadaj przy rejestracji na głos powodu {visit:gen}, rozpoznania ani wyniku; mów cicho, pytaj tylko o to, co niezbędne, trzymaj ekrany poza zasięgiem wzroku innych i proponuj ustronne miejsce w sprawach delikatnych",
            &format!("{PRIVACY}; GDPR art. 9 (health data); Polish Act on Patient Rights and the Patient Ombudsman, art. 13–14 (confidentiality)"))
            .critical()
            .once_per_contact()
            .when(in_clinic().places([Place::Desk]))
            .targets(LevelTargets::same(T::Never)),
        rule("delay-told-at-check-in", "delay-notice", K::Procedure, D::Communication,
            "When the clinician is running late, tell the {customer} at check-in, before they sit down, why and by how long, and offer the choice to wait or to rebook",
            "Gdy lekarz ma opóźnienie, powiedz {customer:dat} przy rejestracji, zanim usiądzie, z jakiego powodu i o ile, i daj mu wybór: czekać lub umówić się na inny termin",
            LATE)
            .when(arriving())
            .targets(LevelTargets::same(T::Always)),
        rule("waiting-without-refreshments-unasked", "waiting-comfort", K::Product, D::Tangibles,
            "Give every waiting {customer} a seat; offer a drink only after asking whether they must fast before a test or a procedure",
            "Zapewnij każdemu czekającemu {customer:dat} miejsce siedzące; napój proponuj dopiero po zapytaniu, czy nie musi być na czczo przed badaniem lub zabiegiem",
            &format!("trade notes, traps (refreshments before a fasting test); {PRIVACY} (a waiting room that does not queue at the desk)"))
            .when(in_clinic().moments([M::Waiting]))
            .targets(LevelTargets::same(T::Always)),
        rule("seen-on-time", "punctuality", K::Procedure, D::Reliability,
            "Call every {customer} into the {place} {target} of their appointment time",
            "Zaproś każdego {customer:acc} do {place:gen} {target} od godziny jego wizyty",
            &format!("{MANUAL} (waiting under 15 minutes); {LATE} (30 minutes as the point to warn); CAHPS visit survey 1.0 (seen within 15 minutes)"))
            .when(in_clinic().moments([M::Waiting]))
            .targets(tiers(T::within_mins(30), T::within_mins(15), T::within_mins(5))),
        rule("apology-for-a-long-wait", "apology-for-waiting", K::PersonalContact, D::Empathy,
            "Go to every {customer} still waiting past their appointment time, apologise and tell them how long it will be, {target} of the time they were due in",
            "Podejdź do każdego {customer:gen}, który wciąż czeka po godzinie swojej wizyty, przeproś i powiedz, ile jeszcze potrwa, {target} od godziny, na którą był umówiony",
            &format!("{LATE} (staff who see a patient waiting over 20 minutes apologise and explain)"))
            .when(in_clinic().moments([M::Waiting]))
            .targets(tiers(T::within_mins(20), T::within_mins(20), T::within_mins(15))),
        rule("called-in-discreetly", "calling-in", K::Procedure, D::Assurance,
            "Call {customers} from the waiting room by number or by first name only, once, never shouting their full name",
            "Wzywaj {customers:acc} z poczekalni numerem lub tylko imieniem, jeden raz, nigdy nie wywołując głośno imienia i nazwiska",
            PRIVACY)
            .when(in_clinic().moments([M::Welcome]).started_by(Initiator::Company))
            .targets(LevelTargets::same(T::Always)),
        // ── Care ─────────────────────────────────────────────────────────────
        rule("two-identifiers", "identity-check", K::Procedure, D::Assurance,
            "Before any examination, test, sample or medicine, ask the {customer} to state two identifiers, their full name and date of birth, and check them against the record; never take the number of the {place}, the chair or a wristband as one",
            "Przed każdym badaniem, pobraniem, zabiegiem lub podaniem leku poproś {customer:acc} o podanie dwóch danych, imienia i nazwiska oraz daty urodzenia, i porównaj je z dokumentacją; nigdy nie uznawaj za nie numeru {place:gen}, fotela ani opaski",
            NPSG)
            .critical()
            // Its words say "before any examination, test, sample or
            // medicine": stated once in a visit, it holds for every step of
            // that visit. Read at each step of one chair session, it was
            // the same check six times over.
            .once_per_contact()
            .when(in_the_room().serious())
            .targets(LevelTargets::same(T::Always)),
        rule("introduced-by-name-and-role", "introduction", K::PersonalContact, D::Assurance,
            "Greet the {customer} by name and say your own name and role before you start",
            "Przywitaj {customer:acc} po nazwisku i przedstaw się, podając swoje imię, nazwisko i funkcję, zanim zaczniesz",
            &format!("{AIDET} (Acknowledge, Introduce)"))
            // Stated once a visit: it binds everyone the patient meets in it.
            .once_per_contact()
            .when(in_the_room().moments([M::Identification, M::Consultation]))
            .targets(LevelTargets::same(T::Always)),
        rule("explained-before-a-test", "explanation", K::PersonalContact, D::Communication,
            "Before a test or an examination, tell the {customer} in plain words what will happen, how long it takes and when the results will come; if you do not know, say when they will hear",
            "Przed badaniem lub pobraniem powiedz {customer:dat} prostymi słowami, co się wydarzy, ile to potrwa i kiedy będą wyniki; jeśli tego nie wiesz, powiedz, kiedy się dowie",
            &format!("{AIDET} (Duration, Explanation); {CHAPERONES}"))
            .when(in_the_room().moments([M::Consultation, M::Delivery]).characteristics([C::Safe]))
            .targets(LevelTargets::same(T::Always)),
        rule("informed-consent", "consent", K::Procedure, D::Assurance,
            "Start no examination, test or treatment without the {customer}'s consent, given after the benefits, risks and alternatives were explained in plain words; note verbal consent in the record",
            "Nie zaczynaj badania, pobrania ani leczenia bez zgody {customer:gen}, wyrażonej po wyjaśnieniu prostymi słowami korzyści, ryzyka i innych możliwości; zgodę ustną odnotuj w dokumentacji",
            CONSENT)
            .critical()
            .when(procedure().moments([M::Consultation, M::Delivery]))
            .targets(LevelTargets::same(T::Always)),
        rule("chaperone-offered", "chaperone", K::Procedure, D::Assurance,
            "Before any intimate examination, offer the {customer} a chaperone, a trained member of the clinical staff and not a receptionist or a relative, whatever the genders; record the offer, the answer and the chaperone's name, and offer to postpone if no chaperone is acceptable",
            "Przed każdym badaniem intymnym zaproponuj {customer:dat} obecność osoby towarzyszącej z przeszkolonego personelu medycznego, a nie rejestratorki ani krewnego, niezależnie od płci; odnotuj propozycję, odpowiedź i nazwisko tej osoby, a gdy nikt nie jest do przyjęcia, zaproponuj przełożenie badania",
            CHAPERONES)
            .critical()
            .when(procedure().moments([M::Consultation]).characteristics([C::Discreet]))
            .targets(LevelTargets::same(T::Always)),
        rule("privacy-during-examination", "privacy", K::Product, D::Assurance,
            "Let the {customer} undress and dress behind a screen or alone, keep them covered, and let no one enter the {place} during the examination",
            "Pozwól {customer:dat} rozebrać się i ubrać za parawanem lub w samotności, okryj go i nie pozwól nikomu wejść do {place:gen} w czasie badania",
            &format!("{CHAPERONES} (dignity); {PRIVACY}"))
            .critical()
            .when(procedure().moments([M::Consultation]).characteristics([C::Discreet]))
            .targets(LevelTargets::same(T::Always)),
        rule("listened-to-and-respected", "listening", K::PersonalContact, D::Empathy,
            "Let the {customer} tell their story without interrupting, take their views and worries seriously, and check you have understood before you advise",
            "Pozwól {customer:dat} opowiedzieć o swoim problemie bez przerywania, traktuj poważnie jego zdanie i obawy i upewnij się, że dobrze zrozumiałeś, zanim coś doradzisz",
            &format!("{CAHPS}, items Q12 (listened carefully) and Q14 (respect for what the patient said)"))
            .when(Condition::builder().channels([Ch::FaceToFace, Ch::VideoCall]).moments([M::Consultation]).characteristics([C::Knowledgeable]))
            .targets(LevelTargets::same(T::Always)),
        rule("history-known", "medical-history", K::Procedure, D::Reliability,
            "Read the {customer}'s record before the consultation, so that you know their history, medicines and recent results without asking again",
            "Przeczytaj dokumentację {customer:gen} przed konsultacją, by znać jego historię choroby, leki i ostatnie wyniki bez ponownego pytania",
            &format!("{CAHPS}, item Q13 (the provider knew the important facts of the medical history)"))
            .when(Condition::builder().channels([Ch::FaceToFace, Ch::VideoCall]).moments([M::Consultation]).characteristics([C::Knowledgeable]))
            .targets(LevelTargets::same(T::Always)),
        rule("enough-time", "consultation-time", K::Procedure, D::Empathy,
            "Give every {customer} the time their problem needs: never cut a consultation short to keep to the clock, and book a longer slot when the problem is complex",
            "Poświęć każdemu {customer:dat} tyle czasu, ile wymaga jego problem: nigdy nie skracaj konsultacji, by zmieścić się w grafiku, a przy złożonym problemie umów dłuższą wizytę",
            &format!("{CAHPS}, item Q15 (spent enough time); trade notes, traps (no upper bound on a consultation)"))
            .when(Condition::builder().channels([Ch::FaceToFace, Ch::VideoCall]).moments([M::Consultation]).characteristics([C::Knowledgeable]))
            .targets(LevelTargets::same(T::Always)),
        rule("medicines-reviewed", "medicines-review", K::Procedure, D::Assurance,
            "Ask the {customer} about every medicine they take, prescribed or not, before prescribing anything new",
            "Zapytaj {customer:acc} o wszystkie przyjmowane leki, przepisane i bez recepty, zanim przepiszesz cokolwiek nowego",
            &format!("{CAHPS}, item Q20 (talked about all prescription medicines)"))
            .critical()
            .when(Condition::builder().channels([Ch::FaceToFace, Ch::VideoCall]).moments([M::Consultation]).characteristics([C::Knowledgeable]))
            .targets(LevelTargets::same(T::Always)),
        rule("specimen-labelled-in-presence", "delivery-accuracy", K::Procedure, D::Assurance,
            "Label every tube and container in front of the {customer}, straight after taking the sample, with their two identifiers",
            "Oznacz każdą probówkę i każdy pojemnik na oczach {customer:gen}, zaraz po pobraniu, jego dwoma danymi identyfikacyjnymi",
            &format!("{NPSG}, element of performance 2"))
            .critical()
            .when(in_the_room().moments([M::Delivery]).data([DataUse::Records]).hands_over([Valuable::Specimen]))
            .targets(LevelTargets::same(T::Always)),
        // ── Departure ────────────────────────────────────────────────────────
        rule("price-before-the-service", "price-transparency", K::Procedure, D::Communication,
            "Tell the {customer} the price of a paid service before it is booked, with what it includes",
            "Podaj {customer:dat} cenę płatnej usługi, zanim zostanie umówiona, wraz z tym, co obejmuje",
            &format!("medi-sync day-surgery patient survey, item 11 (financial responsibility made clear); {MANUAL}"))
            .when(Condition::builder().moments([M::Information]).started_by(Initiator::Company).characteristics([C::Informative]))
            .targets(LevelTargets::same(T::Always)),
        rule("bill-clear-and-right", "invoice-accuracy", K::Procedure, D::Reliability,
            "Give every {customer} who pays a {bill} that names each service with the price agreed, right every time",
            "Wręcz każdemu płacącemu {customer:dat} {bill:acc}, który wymienia każdą usługę z uzgodnioną ceną, bezbłędnie za każdym razem",
            &format!("{MANUAL} (charges posted the same day); medi-sync day-surgery patient survey, item 11"))
            .when(in_clinic().moments([M::Billing]))
            .targets(LevelTargets::same(T::Always)),
        rule("thanks-and-next-steps", "farewell", K::PersonalContact, D::Empathy,
            "Thank the {customer} and make sure they know what happens next, whom to call if things get worse, and that any follow-up {order} is booked",
            "Podziękuj {customer:dat} i upewnij się, że wie, co dalej, do kogo dzwonić, gdyby stan się pogorszył, i że ma umówiony ewentualny kolejny {order}",
            &format!("{AIDET} (Thank you, Explanation)"))
            .when(in_clinic().moments([M::Farewell]))
            .targets(LevelTargets::same(T::Always)),
        // ── Results and calls ────────────────────────────────────────────────
        rule("results-followed-up", "result-follow-up", K::Procedure, D::Reliability,
            "Tell the {customer} the result of every test they had, normal ones too, by the date promised and {target} of the result reaching the clinic, with what it means",
            "Przekaż {customer:dat} wynik każdego badania, także prawidłowy, w obiecanym terminie i {target} od jego otrzymania przez przychodnię, wraz z wyjaśnieniem, co oznacza",
            &format!("{CAHPS}, item Q17 (someone followed up to give results)"))
            .critical()
            .when(result_told())
            .targets(tiers(days(7), days(5), days(2))),
        rule("nothing-told-before-identity", "identity-check", K::Procedure, D::Assurance,
            "Never confirm an appointment, an attendance or a result to anyone on the phone or in writing before checking that they are the {customer} or someone the {customer} has authorised",
            "Nigdy nie potwierdzaj wizyty, obecności ani wyniku nikomu przez telefon lub na piśmie, zanim nie sprawdzisz, że to {customer} lub osoba przez niego upoważniona",
            &format!("{PRIVACY}; GDPR art. 9; Polish Act on Patient Rights and the Patient Ombudsman, art. 14 and 26 (information only to the patient or a person authorised)"))
            .critical()
            .when(Condition::builder().except_capabilities([Cap::StaffSeen]).data([DataUse::LooksUp]))
            .targets(LevelTargets::same(T::Never)),
        rule("no-selling-in-care", "no-selling-in-care", K::PersonalContact, D::Assurance,
            "Never sell anything the {customer}'s care does not need during a consultation, an examination or a call about results; propose a paid option only where it serves their care, with its price",
            "Nigdy nie sprzedawaj niczego, czego leczenie {customer:gen} nie wymaga, w trakcie konsultacji, badania ani rozmowy o wynikach; płatną możliwość proponuj tylko wtedy, gdy służy leczeniu, podając jej cenę",
            "trade notes, traps (upselling in a consultation or at the result call)")
            // Once a visit or a call, said by a person: not on a reminder
            // text or a complaint letter.
            .once_per_contact()
            .when(Condition::builder().moments([M::Consultation, M::FollowUp]).places([Place::Table, Place::Remote]).channels([Ch::FaceToFace, Ch::Telephone, Ch::VideoCall]).staffed())
            .targets(LevelTargets::same(T::Never)),
        // ── Complaints ───────────────────────────────────────────────────────
        rule("complaint-heard-at-once", "complaint-intake", K::PersonalContact, D::Responsiveness,
            "Listen to a complaint made at the desk or on the phone at once, yourself or with the practice manager, without sending the {customer} away to write it down",
            "Wysłuchaj skargi zgłoszonej w rejestracji lub przez telefon od razu, sam lub z kierownikiem przychodni, bez odsyłania {customer:gen}, by ją spisał",
            &format!("{MANUAL} (complaints dealt with immediately)"))
            .when(Condition::builder().channels([Ch::FaceToFace, Ch::Telephone]).moments([M::Exception]).started_by(Initiator::Customer))
            .targets(LevelTargets::same(T::Always)),
    ]
}

/// The trade's exclusive gestures: what a patient notices and did not expect.
#[rustfmt::skip]
fn gestures() -> Vec<RuleBuilder> {
    let exclusive = |target| LevelTargets::new().at(L::Exclusive, target);
    vec![
        rule("gown-and-privacy", "examination-comfort", K::Product, D::Empathy,
            "Offer a gown or a blanket for any examination that needs undressing, and a moment alone to change",
            "Przy każdym badaniu wymagającym rozebrania się zaproponuj fartuch lub koc oraz chwilę na przebranie się w samotności",
            "clinic research notes, exclusive gestures (proposal: dignity at examination, as patient-experience standards ask)")
            .when(Condition::builder().moments([M::Consultation]).channels([Ch::FaceToFace]).characteristics([C::Comfortable]))
            .targets(exclusive(T::Always)),
        rule("follow-up-with-the-same-doctor", "continuity", K::Procedure, D::Empathy,
            "Book the follow-up with the doctor the {customer} saw, at a time that suits them, before they leave",
            "Umów wizytę kontrolną u lekarza, u którego {customer} był, w dogodnym dla niego terminie, zanim wyjdzie",
            "clinic research notes, exclusive gestures (proposal: continuity of care with the same doctor)")
            .when(Condition::builder().moments([M::OrderTaking, M::Billing]).channels([Ch::FaceToFace]).places([Place::Desk]).after_in_sequence([M::Consultation]))
            .targets(exclusive(T::Always)),
        rule("late-running-text", "delay-notice-ahead", K::Procedure, D::Empathy,
            "When the clinic is already running late on the day, text the {customer} before they leave home with the new expected time",
            "Gdy przychodnia już ma opóźnienie, wyślij {customer:dat} SMS, zanim wyjdzie z domu, z nową przewidywaną godziną",
            "trade notes, exclusive gestures; Witton Street Surgery, clinic punctuality policy (tell patients at the earliest opportunity)")
            .when(Condition::builder().moments([M::FollowUp]).channels([Ch::Sms]).started_by(Initiator::Company))
            .targets(exclusive(T::Always)),
        rule("doctor-phones-abnormal-result", "abnormal-result-call", K::PersonalContact, D::Empathy,
            "Have the doctor phone the {customer} personally the same day with an abnormal result, and book the next step during that call",
            "Niech lekarz osobiście zadzwoni do {customer:gen} tego samego dnia z nieprawidłowym wynikiem i w trakcie tej rozmowy umówi dalsze postępowanie",
            "trade notes, exclusive gestures")
            .when(result_told())
            .targets(exclusive(T::Always)),
        rule("chaperone-offered-at-booking", "chaperone-at-booking", K::Procedure, D::Empathy,
            "When booking a known intimate examination, offer a chaperone already, and a clinician of the same gender if the {customer} wishes",
            "Przy umawianiu znanego z góry badania intymnego od razu zaproponuj osobę towarzyszącą, a na życzenie {customer:gen} lekarza tej samej płci",
            &format!("trade notes, exclusive gestures; {CHAPERONES}"))
            .when(booking())
            .targets(exclusive(T::Always)),
        rule("quiet-slot-offered", "quiet-slot", K::Procedure, D::Empathy,
            "Offer an anxious or disabled {customer} the first or the last {order} of the session and a quiet room to wait in",
            "Zaproponuj {customer:dat} z lękiem lub z niepełnosprawnością pierwszy lub ostatni {order} w danym dniu przyjęć i ciche miejsce do czekania",
            "trade notes, exclusive gestures")
            .when(booking())
            .targets(exclusive(T::Always)),
        rule("fetched-from-the-waiting-room", "fetched-in-person", K::PersonalContact, D::Empathy,
            "Have the nurse or doctor come to the waiting room to fetch the {customer} and introduce themselves there",
            "Niech pielęgniarka lub lekarz przyjdzie do poczekalni po {customer:acc} i tam się przedstawi",
            &format!("trade notes, exclusive gestures; {AIDET} (Introduce)"))
            .when(in_clinic().moments([M::Welcome]).started_by(Initiator::Company))
            .targets(exclusive(T::Always)),
        rule("written-summary-of-the-visit", "visit-summary", K::Product, D::Communication,
            "Hand the {customer} a printed summary of the {visit} in plain words before they leave: the diagnosis, the medicines, the next steps and whom to call",
            "Wręcz {customer:dat} przed wyjściem wydrukowane podsumowanie {visit:gen} prostymi słowami: rozpoznanie, leki, dalsze kroki i do kogo dzwonić",
            &format!("trade notes, exclusive gestures; {AIDET} (Explanation)"))
            .when(in_clinic().moments([M::Delivery]).hands_over([Valuable::Documents]))
            .targets(exclusive(T::Always)),
        rule("call-after-a-procedure", "after-procedure-call", K::PersonalContact, D::Empathy,
            "Phone the {customer} the day after a minor procedure to ask how they are",
            "Zadzwoń do {customer:gen} dzień po drobnym zabiegu, by zapytać, jak się czuje",
            "trade notes, exclusive gestures")
            .when(in_clinic().moments([M::Farewell]))
            .targets(exclusive(T::Always)),
    ]
}

/// A typical clinic: booking an appointment, the visit, results and repeat
/// prescriptions, and a complaint.
#[allow(clippy::too_many_lines, reason = "the template is one model of data")]
fn template() -> ServiceModelBuilder {
    let face = [Ch::FaceToFace];
    let days = ServiceProfile::builder()
        .contact(ContactLevel::Medium)
        .delivery(DeliverySpan::Days)
        .risk(Risk::High)
        .build();
    let weeks = ServiceProfile::builder().contact(ContactLevel::High).delivery(DeliverySpan::Weeks).build();
    ServiceModel::builder("An outpatient clinic")
        .pack("clinic")
        .profile(
            ServiceProfile::builder()
                .contact(ContactLevel::High)
                .capacity(CapacityControl::Reservations)
                .complexity(Complexity::Complex)
                .risk(Risk::Moderate)
                .tasks(TaskAllocation::ServiceOnly)
                .build(),
        )
        .departments(
            [
                department("reception", "Reception"),
                department("booking", "Booking line"),
                department("nursing", "Nurses"),
                department("clinicians", "Doctors and other clinicians"),
                department("diagnostics", "Laboratory and results"),
                department("practice-management", "Practice management"),
            ]
            .into_iter()
            .flatten(),
        )
        .sequence(
            Sequence::builder("booking", "Booking an appointment")
                .phase(
                    Phase::builder("contact", "Contact")
                        .channels([Ch::Telephone, Ch::WebForm, Ch::App])
                        .step(
                            step(
                                "answer-booking-call",
                                "A call or an online request reaches the booking line",
                                M::Welcome,
                                "booking",
                            )
                            .place(Place::Remote)
                            .characteristics([C::Prompt, C::Courteous]),
                        )
                        .step(
                            step(
                                "identify-caller",
                                "Name and date of birth checked against the record",
                                M::Identification,
                                "booking",
                            )
                            .place(Place::Remote)
                            .data([DataUse::LooksUp])
                            .started_by(Initiator::Company)
                            .continues("contact/answer-booking-call")
                            .characteristics([C::Discreet]),
                        )
                        .step(
                            step(
                                "book-appointment",
                                "Urgency assessed, a slot offered and booked",
                                M::OrderTaking,
                                "booking",
                            )
                            .place(Place::Remote)
                            .data([DataUse::Records])
                            .continues("contact/answer-booking-call")
                            .characteristics([C::Prompt, C::Accurate, C::Helpful]),
                        ),
                )
                .phase(
                    Phase::builder("confirmation", "Confirmation and reminder")
                        .channels([Ch::Sms, Ch::Email, Ch::App])
                        .step(
                            step(
                                "confirm-and-prepare",
                                "Confirmation with date, place, what to bring, fasting and costs",
                                M::Information,
                                "booking",
                            )
                            .started_by(Initiator::Company)
                            .characteristics([C::Informative, C::Clear]),
                        )
                        .step(
                            step(
                                "reminder",
                                "Reminder the day before, with a way to cancel",
                                M::FollowUp,
                                "booking",
                            )
                            .channels([Ch::Sms, Ch::App])
                            .started_by(Initiator::Company)
                            .opens_contact(),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("visit", "A visit to the clinic")
                .phase(
                    Phase::builder("arrival", "Arrival")
                        .channels(face)
                        .step(
                            step(
                                "check-in",
                                "Patient is greeted at the desk, identity and details confirmed, any delay told",
                                M::Welcome,
                                "reception",
                            )
                            .place(Place::Desk)
                            .data([DataUse::Records])
                            .characteristics([C::Friendly, C::Discreet]),
                        )
                        .step(
                            step(
                                "wait-in-waiting-room",
                                "Patient waits, and is kept informed if the clinic runs late",
                                M::Waiting,
                                "reception",
                            )
                            .characteristics([C::Informative, C::Comfortable]),
                        )
                        .step(
                            step(
                                "call-in",
                                "Patient is called by number or first name and fetched",
                                M::Welcome,
                                "nursing",
                            )
                            .started_by(Initiator::Company)
                            .continues("arrival/check-in")
                            .characteristics([C::Discreet, C::Courteous]),
                        ),
                )
                .phase(
                    Phase::builder("care", "Care")
                        .channels(face)
                        .step(
                            step(
                                "nurse-triage",
                                "Two identifiers checked, vital signs taken, medicines listed",
                                M::Identification,
                                "nursing",
                            )
                            .place(Place::Table)
                            .data([DataUse::LooksUp, DataUse::Records])
                            .risk(Risk::High)
                            .started_by(Initiator::Company)
                            .continues("arrival/check-in")
                            .characteristics([C::Safe, C::Accurate]),
                        )
                        .step(
                            step(
                                "consultation",
                                "History taken, findings explained, next steps decided together",
                                M::Consultation,
                                "clinicians",
                            )
                            .channels([Ch::FaceToFace, Ch::VideoCall])
                            .place(Place::Table)
                            .data([DataUse::Records])
                            .started_by(Initiator::Company)
                            .continues("arrival/check-in")
                            .characteristics([C::Knowledgeable, C::Patient, C::Clear]),
                        )
                        .step(
                            step(
                                "examination-or-procedure",
                                "Consent, a chaperone offered, privacy kept, the examination",
                                M::Consultation,
                                "clinicians",
                            )
                            .place(Place::Table)
                            .data([DataUse::Records])
                            .risk(Risk::High)
                            .started_by(Initiator::Company)
                            .continues("arrival/check-in")
                            .characteristics([C::Safe, C::Discreet, C::Comfortable]),
                        )
                        .step(
                            step(
                                "sample-taking",
                                "Identifiers checked again, sample taken and labelled in front of the patient",
                                M::Delivery,
                                "nursing",
                            )
                            .place(Place::Table)
                            .data([DataUse::Records])
                            .hands_over([Valuable::Specimen])
                            .risk(Risk::High)
                            .started_by(Initiator::Company)
                            .continues("arrival/check-in")
                            .characteristics([C::Safe, C::Accurate]),
                        )
                        .step(
                            step(
                                "hand-over-documents",
                                "Prescription, referral, sick note and a summary handed over",
                                M::Delivery,
                                "clinicians",
                            )
                            .channels([Ch::FaceToFace, Ch::App])
                            .place(Place::Table)
                            .hands_over([Valuable::Documents])
                            .started_by(Initiator::Company)
                            .continues("arrival/check-in")
                            .characteristics([C::Clear, C::Accurate]),
                        ),
                )
                .phase(
                    Phase::builder("departure", "Departure")
                        .channels(face)
                        .step(
                            step(
                                "checkout-and-bill",
                                "Next appointment booked; private services billed and paid",
                                M::Billing,
                                "reception",
                            )
                            .place(Place::Desk)
                            .hands_over([Valuable::Cash])
                            .started_by(Initiator::Customer)
                            .continues("arrival/check-in")
                            .characteristics([C::Honest, C::Accurate]),
                        )
                        .step(
                            step(
                                "farewell",
                                "Thanks, what happens next and whom to call",
                                M::Farewell,
                                "reception",
                            )
                            .place(Place::Desk)
                            .started_by(Initiator::Company)
                            .continues("arrival/check-in")
                            .characteristics([C::Friendly, C::Informative]),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("results", "Results and repeat prescriptions")
                .profile(days)
                .phase(
                    Phase::builder("results", "Results")
                        .channels([Ch::Telephone, Ch::App, Ch::Letter])
                        .step(
                            step(
                                "result-received",
                                "Result filed and reviewed by the clinician",
                                M::Safekeeping,
                                "diagnostics",
                            )
                            .data([DataUse::Records])
                            .started_by(Initiator::Company)
                            .no_contact(),
                        )
                        .step(
                            step(
                                "result-communicated",
                                "Patient told the result and what it means",
                                M::FollowUp,
                                "clinicians",
                            )
                            .place(Place::Remote)
                            .data([DataUse::LooksUp])
                            .hands_over([Valuable::Documents])
                            .started_by(Initiator::Company)
                            .opens_contact()
                            .characteristics([C::Clear, C::Proactive]),
                        )
                        .step(
                            step(
                                "result-enquiry",
                                "Patient calls about a result; identity checked first",
                                M::Information,
                                "reception",
                            )
                            .channels([Ch::Telephone, Ch::App])
                            .place(Place::Remote)
                            .data([DataUse::LooksUp])
                            .started_by(Initiator::Customer)
                            .opens_contact()
                            .characteristics([C::Discreet, C::Helpful]),
                        ),
                )
                .phase(
                    Phase::builder("prescriptions", "Repeat prescriptions")
                        .channels([Ch::WebForm, Ch::App, Ch::Telephone])
                        .step(
                            step(
                                "repeat-prescription",
                                "A repeat prescription asked for and issued",
                                M::OrderTaking,
                                "clinicians",
                            )
                            .place(Place::Remote)
                            .data([DataUse::Records])
                            .hands_over([Valuable::Documents])
                            .characteristics([C::Accurate, C::Safe]),
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
                                "Complaint heard at the desk, by phone or in writing",
                                M::Exception,
                                "reception",
                            )
                            .data([DataUse::Records])
                            .characteristics([C::Patient, C::Helpful]),
                        ),
                )
                .phase(
                    Phase::builder("resolution", "Resolution")
                        .channels([Ch::Letter, Ch::Email])
                        .step(
                            step(
                                "respond-to-complaint",
                                "Written answer from the practice manager",
                                M::FollowUp,
                                "practice-management",
                            )
                            .hands_over([Valuable::Documents])
                            .started_by(Initiator::Company)
                            .characteristics([C::Honest, C::Clear]),
                        ),
                ),
        )
}
