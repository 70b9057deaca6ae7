//! The contact-centre pack: a unit that serves a company's customers at a
//! distance (inbound calls, e-mail and chat, call-backs, and outbound calls
//! for retention, sales or reminders).
//!
//! Its words are those the contact centre had as an industry; its rules
//! are written in our own words from public sources of the trade, each
//! naming its source in its `source` field:
//!
//! - the EU Consumer Rights Directive 2011/83/EU, art. 21, the UK Consumer
//!   Contracts Regulations 2013, reg. 41, and the CJEU in C-568/15 and
//!   C-332/17 (after-sales lines at no more than the basic rate);
//! - the Polish Telecommunications Law, art. 159(2) and art. 172 (recording
//!   as evidence with the caller warned; no direct marketing by phone,
//!   e-mail or text without prior consent), and the GDPR, art. 13, 21 and
//!   32;
//! - PCI DSS (no sensitive authentication data stored after authorisation),
//!   with pause-and-resume, keypad masking and pay-by-link as payment
//!   providers describe them;
//! - Ofcom's persistent-misuse policy on silent and abandoned calls and the
//!   US Telemarketing Sales Rule (ring time, abandonment, calling hours);
//! - agent QA scorecards (Dial Customer Solutions, CallCoachIQ) and a
//!   mystery-calling programme's scoring criteria (Ask Listen Retain).
//!
//! The general catalogue already derives the queue's wait information, the
//! hold and transfer rules, reply times by channel and the service level of
//! queued calls; these rules add what it lacks and, where a step needs the
//! trade's substance, take the place of its line there (the same concern,
//! a narrower condition).

use super::{
    PackBuilder,
    kit::{self, assemble, rule, tiers},
};
use crate::{
    model::CapacityControl as Cc, model::Channel as Ch, model::Characteristic as C, model::DataUse,
    model::Factor as F, model::Industry, model::Initiator, model::MomentKind as M,
    model::QualityDimension as D, model::ServiceLevel as L, model::StandardKind as K,
    model::TaskAllocation as Ta, rules::Condition, rules::ConditionBuilder, rules::RuleBuilder,
    standard::LevelTargets, standard::PolicyScope as P, standard::Target as T,
};

const CONSUMER_RIGHTS: &str = "EU Consumer Rights Directive 2011/83/EU, art. 21; UK Consumer Contracts Regulations 2013, reg. 41; CJEU C-568/15 and C-332/17 (basic rate)";
const RECORDING: &str = "Polish Telecommunications Law (Prawo telekomunikacyjne), art. 159(2) (recording as evidence, the caller warned); GDPR art. 13 (information when personal data are collected)";
const PCI: &str = "PCI DSS (sensitive authentication data never stored after authorisation); Payguard and Paytia on pause-and-resume, keypad masking and pay-by-link";
const QA: &str = "Dial Customer Solutions, agent QA scorecard; CallCoachIQ, call-centre QA checklist";
const MYSTERY_CALLING: &str = "Ask Listen Retain, mystery calling programme scoring criteria";
const OFCOM: &str =
    "Ofcom persistent-misuse policy on silent and abandoned calls (Communications Act 2003, ss. 128–131)";
const TSR: &str =
    "US Telemarketing Sales Rule (16 CFR 310): abandonment safe harbour, calling hours 8:00–21:00 local time";
const CONSENT: &str = "Polish Telecommunications Law, art. 172 (carried into the Electronic Communications Law, 2024); GDPR art. 21 (objection to direct marketing); US Telemarketing Sales Rule (do-not-call list)";

/// A call the customer starts and that opens a contact.
fn inbound_call() -> ConditionBuilder {
    Condition::builder().started_by(Initiator::Customer).opening().channels([Ch::Telephone])
}

/// Tasks that include selling.
const SELLING: [F; 2] = [F::TaskAllocation(Ta::ServiceAndSales), F::TaskAllocation(Ta::FullRelationship)];

/// A sales call the company makes: the offer it starts on the phone. (A
/// welcome the company starts is no sign of one: an agent taking a queued
/// call starts a step of the company's too.)
fn outbound_sale() -> ConditionBuilder {
    Condition::builder()
        .started_by(Initiator::Company)
        .channels([Ch::Telephone])
        .moments([M::OrderTaking])
        .factors(SELLING)
}

/// A step of a request the customer brings, once the agent knows who is
/// calling: listening, asking, answering, taking it on (not the safety
/// questions or the greeting before the caller is identified). The
/// caller adds the channels: a conversation, spoken or written.
fn handling(moments: impl IntoIterator<Item = M>) -> ConditionBuilder {
    Condition::builder()
        .moments(moments)
        .started_by(Initiator::Customer)
        .after_in_sequence([M::Identification])
        .staffed()
}

/// The channels of a live conversation: a call, a video call, a chat.
const LIVE: [Ch; 3] = [Ch::Telephone, Ch::VideoCall, Ch::Chat];

/// The close of a call or a chat.
fn closing() -> ConditionBuilder {
    Condition::builder().moments([M::Farewell]).channels(LIVE)
}

/// A business that queues its contacts.
const QUEUES: [F; 2] = [F::CapacityControl(Cc::Queues), F::CapacityControl(Cc::ReservationsAndQueues)];

/// The pack: the contact centre's words, and its rules.
pub(super) fn pack() -> PackBuilder {
    let pack = super::builtin::industry(Industry::ContactCentre, "Contact centre");
    assemble(pack, essentials(), gestures(), super::templates::contact_centre())
}

/// The trade's essentials: what a contact-centre manager, the regulator and
/// the card schemes insist on.
#[rustfmt::skip]
fn essentials() -> Vec<RuleBuilder> {
    vec![
        rule("recording-notice", "recording-notice", K::Procedure, D::Assurance,
            "Before the conversation begins, tell every {customer} that the call is recorded and why, so that they can hang up or choose another way to reach us",
            "Zanim rozmowa się zacznie, poinformuj każdego {customer:acc}, że połączenie jest nagrywane i w jakim celu, by mógł się rozłączyć lub wybrać inny sposób kontaktu",
            RECORDING)
            .critical()
            .when(inbound_call().moments([M::Welcome, M::Waiting]))
            .targets(LevelTargets::same(T::Always)),
        // A contact centre's calls wait in a queue, whether or not the model
        // shows the queue as a step of its own.
        kit::answered_to_the_service_level(
            "Off Center, 'Service level – the indispensable call center accessibility metric' (80/20 as the common standard); held-out reading of a transport operator's line (rings read as a small office's measure)",
        ),
        rule("basic-rate-helpline", "helpline-cost", K::Product, D::Convenience,
            "Give {customers} who call about a contract or purchase they already have a number that costs no more than a normal call; never a premium-rate number, not even beside a cheaper one",
            "Dawaj {customers:dat} dzwoniącym w sprawie zawartej umowy lub dokonanego zakupu numer, który kosztuje nie więcej niż zwykłe połączenie; nigdy numer o podwyższonej opłacie, nawet obok tańszego",
            CONSUMER_RIGHTS)
            .critical()
            .policy(P::Business)
            .when(inbound_call())
            .targets(LevelTargets::same(T::Always)),
        rule("two-details-before-account", "identity-check", K::Procedure, D::Assurance,
            "Ask the {customer} for at least two personal details and check them against the account before any account work; never read details out for a yes, and disclose nothing to a {customer} who cannot give them",
            "Przed jakąkolwiek czynnością na koncie poproś {customer:acc} o co najmniej dwie dane osobowe i sprawdź je z danymi konta; nigdy nie odczytuj danych do potwierdzenia i nie ujawniaj niczego {customer:dat}, który nie potrafi ich podać",
            &format!("{QA} (at least two personal details confirmed before account work); GDPR art. 32"))
            .critical()
            .when(Condition::builder().moments([M::Identification]).channels([Ch::Telephone, Ch::VideoCall, Ch::Chat, Ch::Email]))
            .targets(LevelTargets::same(T::Always)),
        rule("card-details-off-recordings", "payment-security", K::Procedure, D::Assurance,
            "Take card details on the phone only with the recording paused or the keypad tones masked, and never write them down: no card number or security code may end up in a recording, a note or a screenshot",
            "Przyjmuj dane karty przez telefon tylko przy wstrzymanym nagrywaniu lub zamaskowanych tonach klawiatury i nigdy ich nie zapisuj: żaden numer karty ani kod zabezpieczający nie może trafić do nagrania, notatki ani zrzutu ekranu",
            PCI)
            .critical()
            .when(Condition::builder().moments([M::Payment]).channels([Ch::Telephone]))
            .targets(LevelTargets::same(T::Always)),
        rule("call-back-at-the-agreed-time", "call-back", K::Procedure, D::Reliability,
            "Make every call-back promised to a {customer} {target} of the time agreed, and read the case notes before you dial",
            "Wykonuj każde oddzwonienie obiecane {customer:dat} {target} od uzgodnionej pory, a przed wybraniem numeru przeczytaj notatki ze sprawy",
            &format!("{QA} (a call-back with an ETA that is kept)"))
            .when(Condition::builder().moments([M::FollowUp, M::Consultation]).started_by(Initiator::Company).channels([Ch::Telephone]).characteristics([C::Punctual]))
            .targets(tiers(T::within_hours(4), T::within_hours(1), T::within_mins(30))),
        rule("case-note-for-the-next-agent", "case-notes", K::Procedure, D::Reliability,
            "Before the contact ends, leave a case note that another agent can act on without asking the {customer} again: what was asked, what was done and what happens next, by when",
            "Przed zakończeniem kontaktu zostaw w sprawie notatkę, na podstawie której inny konsultant podejmie działanie bez ponownego pytania {customer:gen}: o co prosił, co zrobiono i co nastąpi dalej, do kiedy",
            &format!("{QA} (CRM note complete; the customer should not have to repeat)"))
            .once_per_contact()
            .when(Condition::builder().data([DataUse::Records]).channels([Ch::Telephone, Ch::VideoCall, Ch::Chat]))
            .targets(LevelTargets::same(T::Always)),
        rule("whole-attention-on-the-call", "attention-while-serving", K::PersonalContact, D::Empathy,
            "Give the {customer} your whole attention from the moment you take the call until it ends: no side conversations, no other work on screen, and mute your microphone before you speak to a colleague",
            "Od chwili przyjęcia połączenia do jego końca poświęcaj {customer:dat} pełną uwagę: żadnych rozmów na boku, żadnej innej pracy na ekranie, a zanim odezwiesz się do kolegi, wycisz mikrofon",
            &format!("{MYSTERY_CALLING} (no side conversations); {QA} (no chewing or distractions on the line)"))
            .once_per_contact()
            .when(Condition::builder().moments([M::Welcome]).channels([Ch::Telephone, Ch::VideoCall]).staffed())
            .targets(LevelTargets::same(T::Always)),
        rule("request-heard-out", "listening", K::PersonalContact, D::Empathy,
            "Let the {customer} tell the whole request without interrupting them, typing over them or reaching for a script, then say it back to them in one sentence before you act on it",
            "Pozwól {customer:dat} opowiedzieć całą sprawę, nie przerywając mu, nie stukając w klawiaturę i nie sięgając po skrypt, a potem streść mu ją jednym zdaniem, zanim zaczniesz działać",
            &format!("{MYSTERY_CALLING} (the request listened to carefully); {QA} (let the customer finish; paraphrase)"))
            .once_per_contact()
            .when(handling([M::Consultation, M::Request, M::Exception]).channels([Ch::Telephone, Ch::VideoCall]).characteristics([C::Attentive, C::Patient]))
            .targets(LevelTargets::same(T::Always)),
        rule("clarifying-questions", "needs-discovery", K::PersonalContact, D::Reliability,
            "Ask questions ({target}) to find out exactly what the {customer} needs before you act on the request or recommend anything: what happened or what they want, what they have already tried, what outcome they expect",
            "Zadawaj pytania ({target}), by ustalić, czego dokładnie potrzebuje {customer}, zanim zajmiesz się sprawą lub cokolwiek polecisz: co się stało lub czego chce, co już próbował zrobić, jakiego rozwiązania oczekuje",
            &format!("{MYSTERY_CALLING} (questions to clarify exactly what was needed)"))
            .once_per_contact()
            .when(handling([M::Consultation, M::Request]).channels(LIVE))
            .targets(tiers(T::AtLeast(1), T::AtLeast(2), T::AtLeast(2))),
        rule("caller-as-a-person", "personal-touch", K::PersonalContact, D::Empathy,
            "Talk with the {customer} as a person, not a case: take up in your own words what they tell you about themselves and their situation, and ask about it where it bears on their request",
            "Rozmawiaj z {customer:ins} jak z człowiekiem, a nie jak ze sprawą: odnieś się własnymi słowami do tego, co mówi o sobie i swojej sytuacji, i dopytaj o to, gdy ma to związek z jego sprawą",
            &format!("{MYSTERY_CALLING} (questions about the caller to build a relationship)"))
            .once_per_contact()
            .when(handling([M::Consultation, M::Request]).channels(LIVE).from_level(L::Expected))
            .targets(LevelTargets::new().at(L::Expected, T::Always).at(L::Exclusive, T::Always)),
        rule("transfer-announced", "transfer-announcement", K::PersonalContact, D::Communication,
            "Before you transfer a {customer}, tell them to whom you are putting them through, why, and what that colleague will do for them",
            "Zanim przełączysz {customer:acc}, powiedz mu, z kim go łączysz, dlaczego i w czym ta osoba mu pomoże",
            &format!("{MYSTERY_CALLING} (told beforehand of the transfer, and why)"))
            .once_per_contact()
            .when(handling([M::Information, M::Consultation, M::Exception, M::Request]).channels([Ch::Telephone, Ch::VideoCall]))
            .targets(LevelTargets::same(T::Always)),
        rule("volunteer-what-applies", "anticipation", K::PersonalContact, D::Empathy,
            "Tell the {customer}, without waiting to be asked, what else bears on their request: a deadline that runs, a charge that will apply, something their contract gives them that they are not using",
            "Powiedz {customer:dat}, nie czekając na pytanie, co jeszcze dotyczy jego sprawy: jaki termin biegnie, jaka opłata go obejmie, co daje mu umowa, a z czego nie korzysta",
            &format!("{MYSTERY_CALLING} (information volunteered without the caller having to push)"))
            .once_per_contact()
            .when(handling([M::Information]).channels(LIVE))
            .targets(LevelTargets::same(T::Always)),
        rule("by-when-it-is-needed", "alternatives", K::PersonalContact, D::Convenience,
            "When what the {customer} asks for cannot be done or had now (an appointment, a replacement, a date), ask by when they need it and propose other ways to have it in time ({target})",
            "Gdy tego, o co prosi {customer}, nie da się teraz zrobić ani dostać (wizyty, wymiany, terminu), zapytaj, na kiedy tego potrzebuje, i zaproponuj inne sposoby, by zdążyć ({target})",
            &format!("{MYSTERY_CALLING} (when unavailable, asked how soon it was needed)"))
            .once_per_contact()
            .when(handling([M::Information, M::OrderTaking]).channels(LIVE))
            .targets(tiers(T::AtLeast(1), T::AtLeast(1), T::AtLeast(2))),
        rule("anything-else-before-closing", "further-needs", K::PersonalContact, D::Empathy,
            "Before you close, ask the {customer} whether there is anything else you can help with, and deal with it in the same call or chat",
            "Zanim zakończysz, zapytaj {customer:acc}, czy możesz pomóc w czymś jeszcze, i zajmij się tym w tej samej rozmowie lub na tym samym czacie",
            &format!("{MYSTERY_CALLING} (asked whether anything else was needed); {QA} (the 'anything else?' close)"))
            .when(closing())
            .targets(LevelTargets::same(T::Always)),
        rule("recap-and-check-understood", "understanding-check", K::PersonalContact, D::Communication,
            "Before ending the call or chat, sum up what was agreed and what happens next, by when, and check that the {customer} has understood it; explain again in other words whatever was not clear",
            "Przed zakończeniem rozmowy lub czatu podsumuj ustalenia i dalsze kroki z terminami i upewnij się, że {customer} je zrozumiał; to, co było niejasne, wyjaśnij jeszcze raz innymi słowami",
            &format!("{MYSTERY_CALLING} (checked that the explanations were understood); {QA} (next steps recapped)"))
            .when(closing())
            .targets(LevelTargets::same(T::Always)),
        rule("thanks-for-calling", "farewell", K::PersonalContact, D::Empathy,
            "End every call or chat by thanking the {customer} for contacting us",
            "Kończ każdą rozmowę i każdy czat podziękowaniem {customer:dat} za kontakt",
            &format!("{MYSTERY_CALLING} (thanked for calling)"))
            .when(closing())
            .targets(LevelTargets::same(T::Always)),
        rule("outbound-number-and-name", "call-opening", K::Procedure, D::Communication,
            "On every sales call you make, show a number the {customer} can call back, and open with the company's name, your own name and the reason for the call",
            "Przy każdym wychodzącym połączeniu sprzedażowym wyświetlaj numer, pod który {customer} może oddzwonić, i zaczynaj od nazwy firmy, swojego imienia i celu rozmowy",
            &format!("{OFCOM}; {TSR}"))
            .critical()
            .when(outbound_sale())
            .targets(LevelTargets::same(T::Always)),
        rule("outbound-calling-hours", "calling-hours", K::Procedure, D::Empathy,
            "Make sales calls only between 8:00 and 21:00 of the called person's local time, and never at a time the {customer} has asked you not to call",
            "Wykonuj połączenia sprzedażowe tylko między 8:00 a 21:00 czasu lokalnego osoby, do której dzwonisz, i nigdy w porze, w której {customer} prosił, by nie dzwonić",
            TSR)
            .critical()
            .when(outbound_sale())
            .targets(LevelTargets::same(T::Always)),
        rule("dialler-ring-and-abandonment", "dialler-settings", K::Procedure, D::Reliability,
            "Set the diallers so that an unanswered call rings for at least 15 seconds, a {customer} who answers when no agent is free hears within 2 seconds a message naming the company and a number to call back, and such calls stay at most 3 % of answered calls per campaign in any 24 hours",
            "Ustaw dialery tak, by nieodebrane połączenie dzwoniło co najmniej 15 sekund, {customer}, który odbierze, gdy żaden konsultant nie jest wolny, w ciągu 2 sekund usłyszał komunikat z nazwą firmy i numerem do oddzwonienia, a takie połączenia stanowiły najwyżej 3 % odebranych połączeń kampanii w każdej dobie",
            &format!("{OFCOM}; {TSR}"))
            .critical()
            .policy(P::Department)
            .when(outbound_sale())
            .targets(LevelTargets::same(T::Always)),
        rule("marketing-only-with-consent", "marketing-consent", K::Procedure, D::Assurance,
            "Call, e-mail or text {customers} to sell only if they gave their prior consent and have not objected since; when a {customer} objects, stop the offer at once and record the objection before the contact ends",
            "Dzwoń, pisz e-maile lub SMS-y do {customers:gen} z ofertą sprzedaży tylko wtedy, gdy wcześniej wyrazili zgodę i od tego czasu się nie sprzeciwili; gdy {customer} zgłosi sprzeciw, natychmiast przerwij ofertę i odnotuj sprzeciw przed końcem kontaktu",
            CONSENT)
            .critical()
            .when(Condition::builder().moments([M::OrderTaking]).started_by(Initiator::Company).channels([Ch::Telephone, Ch::Email, Ch::Sms]).factors(SELLING))
            .targets(LevelTargets::same(T::Always)),
    ]
}

/// The trade's exclusive gestures: what a caller notices and did not expect.
#[rustfmt::skip]
fn gestures() -> Vec<RuleBuilder> {
    let exclusive = |target| LevelTargets::new().at(L::Exclusive, target);
    vec![
        rule("stay-with-the-stranded", "stranded-caller", K::PersonalContact, D::Empathy,
            "Call a {customer} who waits alone at night or with children every 15 minutes until help arrives",
            "Dzwoń do {customer:gen}, który czeka sam w nocy lub z dziećmi, co 15 minut, aż dotrze pomoc",
            "contact-centre research notes, exclusive gestures (proposal: welfare calls to a stranded caller)")
            .when(Condition::builder().moments([M::Hospitality]).channels([Ch::Telephone]).characteristics([C::Safe]))
            .targets(exclusive(T::Always)),
        rule("onward-paid-direct", "onward-travel", K::Procedure, D::Convenience,
            "Book the hire car, the taxi or the hotel for the {customer} and pay it directly, so that they pay nothing upfront",
            "Zarezerwuj dla {customer:gen} samochód zastępczy, taksówkę lub hotel i zapłać bezpośrednio, by niczego nie wykładał",
            "contact-centre research notes, exclusive gestures (proposal: onward travel arranged and paid)")
            .when(Condition::builder().moments([M::Hospitality]).characteristics([C::Proactive]))
            .targets(exclusive(T::Always)),
        rule("credit-without-asking", "goodwill-credit", K::Procedure, D::Empathy,
            "Where the company is at fault, credit the {customer} for the trouble during the contact, without their asking",
            "Gdy winę ponosi firma, zrekompensuj {customer:dat} kłopot jeszcze w trakcie kontaktu, zanim o to poprosi",
            "contact-centre research notes, exclusive gestures (proposal: goodwill credited in the contact)")
            .once_per_contact()
            .when(Condition::builder().moments([M::Exception]).started_by(Initiator::Customer).characteristics([C::Honest]))
            .targets(exclusive(T::Always)),
        rule("call-back-keeps-the-place", "queue-call-back", K::Procedure, D::Convenience,
            "Offer every queued {customer} a call-back that keeps their place in the queue, at once or in a slot they choose, instead of waiting on hold",
            "Proponuj każdemu czekającemu w kolejce {customer:dat} oddzwonienie z zachowaniem miejsca w kolejce, od razu lub w wybranym przez niego terminie, zamiast czekania na linii",
            "Off Center, 'Service level – the indispensable call center accessibility metric' (visible queue); contact-centre research notes, exclusive gestures (virtual queue)")
            .when(Condition::builder().moments([M::Waiting]).started_by(Initiator::Customer).channels([Ch::Telephone, Ch::SelfService]).factors(QUEUES))
            .targets(exclusive(T::Always)),
        rule("verified-once-per-contact", "re-identification", K::Procedure, D::Convenience,
            "Skip the identity questions for a {customer} already verified in the app, in a chat or by the colleague who transferred them: greet them as known and go straight to their request",
            "Pomiń pytania weryfikacyjne wobec {customer:gen} zweryfikowanego już w aplikacji, na czacie lub przez kolegę, który go przełączył: powitaj go jak znanego i przejdź od razu do jego sprawy",
            &format!("{QA} (the customer should not have to repeat); contact-centre research notes, exclusive gestures (no re-identification)"))
            .when(Condition::builder().moments([M::Identification]).channels([Ch::Telephone, Ch::VideoCall, Ch::Chat]))
            .targets(exclusive(T::Always)),
        rule("call-back-by-the-same-agent", "call-back-owner", K::PersonalContact, D::Empathy,
            "Have the promised call-back made by the agent who promised it and already knows the case",
            "Niech obiecane oddzwonienie wykona konsultant, który je obiecał i już zna sprawę",
            &format!("{QA} (call-back, exclusive level: within the slot, by the same agent)"))
            .when(Condition::builder().moments([M::FollowUp]).started_by(Initiator::Company).channels([Ch::Telephone]).characteristics([C::Punctual]))
            .targets(exclusive(T::Always)),
        rule("card-number-never-heard", "card-masking", K::Procedure, D::Assurance,
            "Take card payments by keypad masking or a payment link, so that the agent never hears or sees the card number",
            "Przyjmuj płatności kartą przez maskowanie tonów klawiatury lub link do płatności, tak by konsultant nigdy nie usłyszał ani nie zobaczył numeru karty",
            PCI)
            .when(Condition::builder().moments([M::Payment]).channels([Ch::Telephone]))
            .targets(exclusive(T::Always)),
    ]
}
