//! The fitness pack: a members' fitness or leisure club (a gym floor,
//! group classes, personal training, a pool with sauna and steam, a kids'
//! club), sold as memberships and visited many times a week.
//!
//! Written in our own words from public sources of the trade; each rule
//! names its source in its `source` field:
//!
//! - Holmes Place Austria's weekly and monthly standards and service
//!   audits, and its mystery-member form (SafetyCulture public library);
//! - other clubs' brand, walk-through and cleaning audits in the same
//!   library (Brand Standards Audit, Project Shine, Life Time MOD walk-thru,
//!   a hotel fitness-centre audit);
//! - EN 17229 (fitness clubs: amenities and operation) and EN 17229-2
//!   (supervision and staff), from their tables of contents;
//! - OFT v Ashbourne Management Services [2011] EWHC 1237 (Ch) on gym
//!   contracts, and the Polish competition authority's (UOKiK) charges
//!   against Benefit Systems (January 2026), with art. 385¹ of the Polish
//!   Civil Code on unfair terms;
//! - induction and pre-exercise screening practice (PAR-Q; Safesport);
//! - HSE, Health and safety in swimming pools (HSG179).

use super::{
    PackBuilder,
    kit::{self, assemble, days, department, noun, rule, step, tiers},
};
use crate::{
    model::Capability as Cap, model::CapacityControl, model::Channel as Ch, model::Characteristic as C,
    model::ContactLevel, model::DataUse, model::Initiator, model::MomentKind as M, model::Noun, model::Phase,
    model::Place, model::QualityDimension as D, model::Risk, model::Sequence, model::ServiceLevel as L,
    model::ServiceModel, model::ServiceModelBuilder, model::ServiceProfile, model::StandardKind as K,
    model::TaskAllocation, model::UsageFrequency, model::Valuable, rules::Condition, rules::ConditionBuilder,
    rules::Pack, rules::RuleBuilder, standard::LevelTargets, standard::PolicyScope as P,
    standard::Target as T,
};

const HP_WEEKLY: &str =
    "Holmes Place Austria, Weekly Standards & Service Audit (2016, SafetyCulture public library)";
const HP_MONTHLY: &str =
    "Holmes Place Austria, monthly standards and service audit (SafetyCulture public library)";
const HP_MYSTERY: &str = "Holmes Place Austria, mystery-member form Q3 2020 (SafetyCulture public library)";
const CLUB_AUDITS: &str = "club brand and operations audits (Brand Standards Audit, Project Shine, Life Time MOD walk-thru; SafetyCulture public library)";
const CONTRACTS: &str = "OFT v Ashbourne Management Services [2011] EWHC 1237 (Ch); UOKiK charges against Benefit Systems (January 2026); Polish Civil Code art. 385¹ (unfair terms)";
const SCREENING: &str = "PAR-Q pre-exercise questionnaire; Safesport, gym induction: what to expect";
const POOLS: &str = "HSE, Health and safety in swimming pools (HSG179, 4th ed. 2018)";

/// In the club: face to face.
fn in_club() -> ConditionBuilder {
    Condition::builder().channels([Ch::FaceToFace])
}

/// A member comes up to the reception desk: a contact the member opens
/// face to face, at the desk.
fn arriving() -> ConditionBuilder {
    in_club().moments([M::Welcome]).started_by(Initiator::Customer).opening().places([Place::Desk])
}

/// Training on the gym floor: a service the member uses on their own, where
/// the equipment must be safe.
fn on_the_floor() -> ConditionBuilder {
    // Not where staff watch over the customer (a supervised swim, a class
    // the instructor leads): the floor's machines and help are not there.
    in_club()
        .moments([M::Delivery])
        .started_by(Initiator::Customer)
        .characteristics([C::Safe])
        .except_characteristics([C::Attentive])
}

/// The pool, the sauna and the steam room: comfort where a lapse is a risk.
fn in_the_water() -> ConditionBuilder {
    in_club().moments([M::Hospitality]).serious()
}

/// The health questionnaire: health data recorded before training.
fn screening() -> ConditionBuilder {
    Condition::builder().moments([M::Identification]).data([DataUse::Records]).serious()
}

/// The pack.
pub(super) fn pack() -> PackBuilder {
    let mut pack = Pack::builder("fitness", "Fitness club");
    pack = noun(
        pack,
        Noun::Customer,
        ("member", "members"),
        [
            ["klubowicz", "klubowicza", "klubowiczowi", "klubowicza", "klubowiczem", "klubowiczu"],
            ["klubowicze", "klubowiczów", "klubowiczom", "klubowiczów", "klubowiczami", "klubowiczach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Order,
        ("membership", "memberships"),
        [
            ["karnet", "karnetu", "karnetowi", "karnet", "karnetem", "karnecie"],
            ["karnety", "karnetów", "karnetom", "karnety", "karnetami", "karnetach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Bill,
        ("membership fee", "membership fees"),
        [
            ["opłata", "opłaty", "opłacie", "opłatę", "opłatą", "opłacie"],
            ["opłaty", "opłat", "opłatom", "opłaty", "opłatami", "opłatach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Visit,
        ("workout", "workouts"),
        [
            ["trening", "treningu", "treningowi", "trening", "treningiem", "treningu"],
            ["treningi", "treningów", "treningom", "treningi", "treningami", "treningach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Place,
        ("club", "clubs"),
        [
            ["klub", "klubu", "klubowi", "klub", "klubem", "klubie"],
            ["kluby", "klubów", "klubom", "kluby", "klubami", "klubach"],
        ],
    );
    assemble(pack, essentials(), gestures(), template())
}

/// The trade's essentials: what a club manager insists on.
#[rustfmt::skip]
#[allow(clippy::too_many_lines, reason = "the pack's rules are one table of data")]
fn essentials() -> Vec<RuleBuilder> {
    vec![
        // ── Reception ────────────────────────────────────────────────────────
        rule("greeted-at-reception", "greeting-on-arrival", K::PersonalContact, D::Empathy,
            "Greet every {customer} who comes to the desk {target} of their arrival, with eye contact and a genuine smile",
            "Przywitaj każdego {customer:acc}, który podchodzi do recepcji, {target} od jego przyjścia, patrząc w oczy i szczerze się uśmiechając",
            &format!("{HP_MYSTERY} (greeted within 15 seconds); {HP_WEEKLY}, item 1.2"))
            .when(arriving())
            .targets(LevelTargets::same(T::within_secs(15))),
        rule("acknowledged-when-busy", "acknowledge-waiting", K::PersonalContact, D::Empathy,
            "When you are busy with another {customer} or on the phone, acknowledge every arriving {customer} at once with eye contact and a smile",
            "Gdy jesteś zajęty innym {customer:ins} lub rozmową telefoniczną, od razu daj znak każdemu przychodzącemu {customer:dat}, patrząc w oczy i uśmiechając się",
            &format!("{HP_WEEKLY}, item 1.3; {CLUB_AUDITS} (acknowledged while on the phone)"))
            .when(arriving())
            .targets(LevelTargets::same(T::Always)),
        rule("uniform-badge-and-conduct", "staff-appearance", K::PersonalContact, D::Tangibles,
            "Wear the club's uniform with the name badge visible, and never chew gum, eat or use a private phone where {customers} can see you",
            "Noś strój klubu z widocznym identyfikatorem i nigdy nie żuj gumy, nie jedz ani nie korzystaj z prywatnego telefonu tam, gdzie widzą cię {customers}",
            &format!("{HP_WEEKLY}, item 1.1; {CLUB_AUDITS} (no gum, phones or eating on duty)"))
            .once_per_contact()
            .when(in_club().moments([M::Welcome]))
            .targets(LevelTargets::same(T::Always)),
        rule("reception-clear", "tidy-premises", K::Product, D::Tangibles,
            "Keep the reception desk and the area around it clean, tidy and clear of clutter whenever the {place} is open",
            "Utrzymuj recepcję i jej otoczenie w czystości, porządku i bez zbędnych rzeczy przez cały czas otwarcia {place:gen}",
            &format!("{HP_WEEKLY}, item 1.10"))
            .when(arriving())
            .targets(LevelTargets::same(T::Always)),
        rule("classes-and-prices-known", "answer-accuracy", K::PersonalContact, D::Assurance,
            "Answer questions about classes, times, prices and memberships correctly and book on the spot, or fetch a colleague who knows",
            "Odpowiadaj poprawnie na pytania o zajęcia, godziny, ceny i karnety i zapisuj od ręki albo przyprowadź kolegę, który wie",
            &format!("{HP_WEEKLY}, items 1.7 and 1.9; {HP_MYSTERY} (correct information on classes, or a colleague found)"))
            .when(Condition::builder().moments([M::Information, M::Consultation]).started_by(Initiator::Customer))
            .targets(LevelTargets::same(T::Always)),
        rule("email-answered-fast", "first-reply-email", K::Procedure, D::Responsiveness,
            "Answer every e-mail enquiry received in staffed hours {target}, with a real answer",
            "Odpowiadaj na każde zapytanie e-mailowe otrzymane w godzinach pracy recepcji {target}, merytorycznie",
            &format!("{HP_WEEKLY}, item 1.6 (10 minutes)"))
            .when(Condition::builder().channels([Ch::Email]).moments([M::Information]).started_by(Initiator::Customer).opening())
            .targets(tiers(T::within_hours(24), T::within_mins(10), T::within_mins(10))),
        rule("retail-and-drinks-presented", "printed-materials", K::Product, D::Tangibles,
            "Keep point-of-sale material current and to brand standard, the retail area clean, and the drinks fridges full, labels to the front, with prices visible",
            "Dbaj, by materiały w punkcie sprzedaży były aktualne i zgodne ze standardem marki, strefa sprzedaży czysta, a lodówki z napojami pełne, z etykietami do przodu i widocznymi cenami",
            &format!("{HP_WEEKLY}, items 2.1–2.3"))
            // The counter team's round, stated once for the department, not
            // at every step at the counter.
            .policy(P::Department)
            .when(in_club().places([Place::Counter]))
            .targets(LevelTargets::same(T::Always)),
        // ── Joining and the contract ─────────────────────────────────────────
        rule("term-and-total-shown", "price-transparency", K::Procedure, D::Communication,
            "Before the {customer} signs or clicks to buy, show next to the monthly price, as plainly: the minimum term, the total price over it, how the {order} renews and how to cancel",
            "Zanim {customer} podpisze umowę lub kliknie „kupuję”, pokaż obok ceny miesięcznej, równie wyraźnie: minimalny okres umowy, łączną cenę za ten okres, zasady przedłużenia {order:gen} i sposób wypowiedzenia",
            CONTRACTS)
            .critical()
            .when(Condition::builder().moments([M::Information]).started_by(Initiator::Company).characteristics([C::Honest]))
            .targets(LevelTargets::same(T::Always)),
        rule("fair-minimum-term", "contract-term", K::Product, D::Convenience,
            "Tie no {customer} to a {order} for more than 12 months without a way out on 30 days' notice for a modest fee, and never ask for the rest of the term on early exit",
            "Nie wiąż żadnego {customer:gen} {order:ins} na dłużej niż 12 miesięcy bez możliwości wyjścia z 30-dniowym wypowiedzeniem za umiarkowaną opłatą i nigdy nie żądaj zapłaty za resztę okresu przy wcześniejszym wypowiedzeniu",
            CONTRACTS)
            .critical()
            .when(Condition::builder().moments([M::OrderTaking]).data([DataUse::Records]).characteristics([C::Honest]))
            .targets(LevelTargets::same(T::Always)),
        rule("renewal-told-ahead", "renewal-notice", K::Procedure, D::Communication,
            "Tell the {customer} at least 30 days before a fixed-term {order} renews the date, the price after it and how to leave",
            "Poinformuj {customer:acc} co najmniej 30 dni przed przedłużeniem {order:gen} na czas określony o dacie, cenie po przedłużeniu i sposobie rezygnacji",
            &format!("{CONTRACTS} (automatic extension of contracts)"))
            .critical()
            .when(Condition::builder().moments([M::FollowUp]).started_by(Initiator::Company).characteristics([C::Honest]))
            .targets(LevelTargets::same(T::Always)),
        rule("freeze-or-exit-on-change", "freeze-or-exit", K::Procedure, D::Empathy,
            "Let a {customer} who moves away, loses their job, or is ill or injured freeze or cancel the {order} on proof",
            "Pozwól {customer:dat}, który się przeprowadza, traci pracę, choruje lub doznał kontuzji, zawiesić lub wypowiedzieć {order:acc} po przedstawieniu dowodu",
            CONTRACTS)
            .critical()
            .when(Condition::builder().moments([M::Request]).started_by(Initiator::Customer).characteristics([C::Flexible]))
            .targets(LevelTargets::same(T::Always)),
        rule("cancel-as-easily-as-joining", "cancellation", K::Procedure, D::Convenience,
            "Accept a cancellation by every way the {customer} could join (at the desk, by e-mail or online), never only in person or by registered letter, and confirm it in writing",
            "Przyjmuj wypowiedzenie każdą drogą, którą {customer} mógł się zapisać (w recepcji, e-mailem lub online), nigdy tylko osobiście ani listem poleconym, i potwierdzaj je na piśmie",
            &format!("{CONTRACTS} (exit made harder than joining)"))
            .when(Condition::builder().moments([M::Request]).started_by(Initiator::Customer).characteristics([C::Efficient]))
            .targets(LevelTargets::same(T::Always)),
        // ── Onboarding ───────────────────────────────────────────────────────
        rule("health-screened-first", "health-screening", K::Procedure, D::Assurance,
            "Have every {customer} complete the pre-exercise health questionnaire before their first {visit}, and read it; any \"yes\" means medical clearance before training",
            "Zadbaj, by każdy {customer} wypełnił przed pierwszym {visit:ins} ankietę zdrowotną, i przeczytaj ją; każde „tak” oznacza zgodę lekarza przed rozpoczęciem ćwiczeń",
            SCREENING)
            .critical()
            .when(screening())
            .targets(LevelTargets::same(T::Always)),
        rule("health-answers-kept-private", "health-data", K::Procedure, D::Assurance,
            "Never read a {customer}'s health answers aloud or leave them where others can see them; keep them where only the fitness staff who need them can",
            "Nigdy nie odczytuj na głos odpowiedzi zdrowotnych {customer:gen} ani nie zostawiaj ich na widoku; przechowuj je tak, by miał do nich dostęp tylko potrzebujący ich personel fitness",
            &format!("{SCREENING}; GDPR art. 9 (health data)"))
            .critical()
            .when(screening())
            .targets(LevelTargets::same(T::Never)),
        rule("no-selling-at-screening", "no-selling-at-screening", K::PersonalContact, D::Assurance,
            "Never sell personal training or other packages while going through the health questionnaire or the induction",
            "Nigdy nie sprzedawaj treningów personalnych ani innych pakietów w trakcie omawiania ankiety zdrowotnej lub wprowadzenia",
            "trade notes, traps (upselling at health screening or induction)")
            .when(Condition::builder().moments([M::Identification, M::Consultation]).started_by(Initiator::Company).characteristics([C::Safe]))
            .targets(LevelTargets::same(T::Never)),
        rule("induction-before-use", "induction", K::Procedure, D::Assurance,
            "Before the {customer} first trains alone, show them the layout of the {place}, the first-aid point and the fire exits, and how to use the equipment, with a demonstration",
            "Zanim {customer} zacznie samodzielnie ćwiczyć, pokaż mu układ {place:gen}, punkt pierwszej pomocy i wyjścia ewakuacyjne oraz sposób korzystania ze sprzętu, z pokazem",
            &format!("{SCREENING}; EN 17229-2 (supervision and staff)"))
            .critical()
            .when(in_club().moments([M::Consultation]).started_by(Initiator::Company).characteristics([C::Safe]))
            .targets(LevelTargets::same(T::Always)),
        rule("unstaffed-entry-only-inducted", "unstaffed-access", K::Procedure, D::Assurance,
            "Let only {customers} with signed terms, a health questionnaire and a risk waiver on file in during unstaffed hours, and check at the end of each staffed period that everyone inside is inducted",
            "Wpuszczaj w godzinach bez obsługi tylko {customers:acc} z podpisanym regulaminem, ankietą zdrowotną i oświadczeniem o ryzyku w aktach, a pod koniec każdej zmiany z obsługą sprawdzaj, czy wszyscy obecni przeszli wprowadzenie",
            &format!("{CLUB_AUDITS} (24/7 clubs)"))
            .critical()
            .when(Condition::builder().channels([Ch::SelfService]).moments([M::Welcome]))
            .targets(LevelTargets::same(T::Always)),
        // ── The floor, the changing rooms, the water ─────────────────────────
        rule("equipment-working-or-out-of-use", "equipment-condition", K::Procedure, D::Reliability,
            "Keep every machine clean and working: check them daily, take a faulty or worn one out of use at once with an out-of-order sign, and have it repaired {target}",
            "Utrzymuj każde urządzenie w czystości i sprawności: sprawdzaj je codziennie, niesprawne lub zużyte natychmiast wyłącz z użytku z tabliczką „nieczynne” i naprawiaj {target}",
            &format!("{HP_WEEKLY}, item 5.1; {CLUB_AUDITS} (daily checks; defects logged a week earlier fixed)"))
            .critical()
            .when(on_the_floor())
            .targets(tiers(days(7), days(7), T::within_hours(48))),
        rule("wipe-down-supplies", "cleaning-supplies", K::Product, D::Assurance,
            "Keep disinfectant spray and paper on the gym floor for {customers} to clean the equipment after use, and clean it yourselves on a posted schedule",
            "Zapewnij na sali spray dezynfekujący i ręczniki papierowe, by {customers} mogli czyścić sprzęt po użyciu, a personel niech czyści go według wywieszonego harmonogramu",
            &format!("{HP_WEEKLY}, item 3.11; {CLUB_AUDITS} (disinfectant and towels for members); gym cleaning checklists (equipment disinfected after every use)"))
            .when(on_the_floor())
            .targets(LevelTargets::same(T::Always)),
        rule("help-on-the-floor", "floor-help", K::PersonalContact, D::Responsiveness,
            "Have an instructor on the gym floor in staffed hours who helps {customers} who ask, introduces themselves to new ones and corrects unsafe technique, without interrupting those who train on their own",
            "Zapewnij w godzinach pracy obecność instruktora na sali, który pomaga {customers:dat} proszącym o pomoc, przedstawia się nowym i koryguje niebezpieczną technikę, nie przeszkadzając tym, którzy ćwiczą samodzielnie",
            &format!("{CLUB_AUDITS} (hotel fitness-centre audit: instructor orients and offers help); trade notes, traps (no pushy attention)"))
            .when(on_the_floor())
            .targets(LevelTargets::same(T::Always)),
        rule("class-starts-on-time", "punctuality", K::Procedure, D::Reliability,
            "Keep the class timetable current on the screens, the app and the web, and start every class on time",
            "Dbaj, by grafik zajęć na ekranach, w aplikacji i na stronie był aktualny, i zaczynaj każde zajęcia punktualnie",
            &format!("{CLUB_AUDITS} (timetable screens working; classes bookable at reception)"))
            .when(in_club().moments([M::Delivery]).characteristics([C::Punctual]))
            .targets(LevelTargets::same(T::Always)),
        rule("changing-rooms-and-lockers", "changing-rooms", K::Product, D::Tangibles,
            "Keep the changing rooms and toilets clean, fresh and stocked, with no towels or litter left and every toilet working with its seat secure; keep every locker clean, closed when free, with two hangers and the current disclaimer, and put the standard sign on any locker or toilet out of order",
            "Utrzymuj szatnie i toalety w czystości, świeże i zaopatrzone, bez pozostawionych ręczników i śmieci, z każdą toaletą sprawną i z pewnie zamocowaną deską; każdą szafkę utrzymuj w czystości, zamkniętą, gdy jest wolna, z dwoma wieszakami i aktualną informacją o odpowiedzialności, a na niesprawnej szafce lub toalecie umieść standardową tabliczkę",
            &format!("{HP_WEEKLY}, items 3.1–3.8"))
            .when(Condition::builder().moments([M::Safekeeping]).channels([Ch::SelfService]))
            .targets(LevelTargets::same(T::Always)),
        rule("pool-water-tested", "pool-water", K::Procedure, D::Assurance,
            "Test the pool water on schedule and keep it crystal clear, at the right temperature, within its limits and with no scum line; record every test and every correction",
            "Badaj wodę w basenie zgodnie z harmonogramem i utrzymuj ją krystalicznie czystą, o właściwej temperaturze, w granicach norm i bez osadu na linii wody; zapisuj każdy pomiar i każdą korektę",
            &format!("{HP_MONTHLY} (pool tests within limits, remedial action recorded); {HP_WEEKLY}, items 4.5–4.6; {POOLS}"))
            .critical()
            .when(in_the_water())
            .targets(LevelTargets::same(T::Always)),
        rule("pool-supervised", "pool-supervision", K::Procedure, D::Assurance,
            "Have attentive lifeguards watch the pool whenever the pool's risk assessment requires it, and always when unsupervised children, crowds or features are in the water",
            "Zapewnij nadzór uważnych ratowników nad basenem zawsze, gdy wymaga tego ocena ryzyka basenu, w tym zawsze, gdy w wodzie są dzieci bez opieki, panuje tłok lub działają atrakcje wodne",
            &format!("{POOLS}; {CLUB_AUDITS} (lifeguards attentive)"))
            .critical()
            .when(in_the_water())
            .targets(LevelTargets::same(T::Always)),
        rule("wellness-area-ready", "wellness-ready", K::Product, D::Tangibles,
            "Keep the saunas and the steam room on, at their set temperature and smelling fresh, and the loungers and relaxation rooms clean, with no used towels left",
            "Dbaj, by sauny i łaźnia parowa były włączone, miały ustawioną temperaturę i świeży zapach, a leżaki i pokoje relaksu były czyste, bez pozostawionych ręczników",
            &format!("{HP_WEEKLY}, items 4.1–4.4"))
            .when(in_the_water())
            .targets(LevelTargets::same(T::Always)),
        rule("children-supervised", "child-supervision", K::Procedure, D::Assurance,
            "Supervise children in the kids' club at no fewer than one carer for 4 infants and one for 12 older children, and sign every child in and out",
            "Zapewnij opiekę nad dziećmi w klubie dziecięcym w proporcji co najmniej jednego opiekuna na 4 niemowlęta i jednego na 12 starszych dzieci oraz odnotowuj każde przyjęcie i odbiór dziecka",
            &format!("{CLUB_AUDITS} (Life Time kids' area ratios 1:4 and 1:12)"))
            .critical()
            .when(in_club().moments([M::Safekeeping]).serious())
            .targets(LevelTargets::same(T::Always)),
        rule("first-aid-ready", "first-aid", K::Procedure, D::Assurance,
            "Keep a first-aid kit at hand and a trained first-aider on duty, named on the board, whenever the {place} is staffed",
            "Zapewnij apteczkę pod ręką i przeszkolonego ratownika pierwszej pomocy na dyżurze, wskazanego na tablicy, przez cały czas pracy obsługi {place:gen}",
            &format!("{HP_MONTHLY} (first-aid kit and first-aider list visible); EN 17229 (emergency procedures)"))
            .critical()
            .when(in_club().moments([M::Exception, M::Incident]).serious())
            .targets(LevelTargets::same(T::Always)),
        // ── Towels, complaints, goodbye ──────────────────────────────────────
        rule("towels-handed", "towels", K::Product, D::Tangibles,
            "Hand every {customer} two clean, soft, fresh towels personally, with eye contact and a smile",
            "Wręcz osobiście każdemu {customer:dat} dwa czyste, miękkie, świeże ręczniki, patrząc w oczy i uśmiechając się",
            &format!("{HP_MYSTERY} (at least 2 towels handed personally); {HP_MONTHLY} (towels soft and fresh)"))
            .when(in_club().moments([M::Hospitality]).started_by(Initiator::Company))
            .targets(LevelTargets::same(T::Always)),
        rule("complaints-heard", "complaint-intake", K::Procedure, D::Empathy,
            "Take every complaint at the desk or in writing professionally, with comment cards on the desk, and hear {customers} at a member forum every quarter",
            "Przyjmuj każdą skargę w recepcji lub na piśmie profesjonalnie, miej karty uwag na ladzie i wysłuchuj {customers:gen} na forum klubowiczów co kwartał",
            &format!("{HP_WEEKLY}, item 1.8; {CLUB_AUDITS} (comment cards; quarterly member forums)"))
            .when(Condition::builder().moments([M::Exception]).started_by(Initiator::Customer).characteristics([C::Patient]))
            .targets(LevelTargets::same(T::Always)),
        rule("warm-goodbye", "farewell", K::PersonalContact, D::Empathy,
            "Say a warm goodbye to every {customer} who leaves, or at least make eye contact when busy",
            "Serdecznie pożegnaj każdego wychodzącego {customer:acc} albo, gdy jesteś zajęty, przynajmniej spójrz mu w oczy",
            CLUB_AUDITS)
            .when(in_club().moments([M::Farewell]))
            .targets(LevelTargets::same(T::Always)),
    ]
}

/// The trade's exclusive gestures: what a member notices and did not expect.
#[rustfmt::skip]
fn gestures() -> Vec<RuleBuilder> {
    let exclusive = |target| LevelTargets::new().at(L::Exclusive, target);
    vec![
        kit::honest_recommendation("fitness research notes, exclusive gestures (the membership that suits the member)"),
        rule("free-trial-visit", "trial-visit", K::Procedure, D::Empathy,
            "Offer everyone who asks about joining a free trial visit, with a trainer to show them round",
            "Zaproponuj każdemu, kto pyta o członkostwo, bezpłatną wizytę próbną z trenerem, który wszystko pokaże",
            "fitness research notes, exclusive gestures (proposal: a free guided trial)")
            .when(Condition::builder().moments([M::Information]).started_by(Initiator::Customer).opening().characteristics([C::Honest, C::Knowledgeable]))
            .targets(exclusive(T::Always)),
        rule("membership-fit-checked", "membership-fit", K::Procedure, D::Empathy,
            "A month after joining, check with the new {customer} that their membership fits how they train, and switch it without a fee if it does not",
            "Miesiąc po zapisaniu się sprawdź z nowym {customer:ins}, czy karnet pasuje do tego, jak trenuje, a jeśli nie, zmień go bez opłaty",
            "fitness research notes, exclusive gestures (proposal: the membership reviewed after the first month)")
            .once_per_contact()
            .when(Condition::builder().moments([M::OrderTaking]).started_by(Initiator::Customer).capabilities([Cap::StaffHeard]).characteristics([C::Honest]))
            .targets(exclusive(T::Always)),
        rule("towel-at-the-locker", "towel", K::Product, D::Tangibles,
            "Have a fresh towel ready for everyone in the changing room, free of charge",
            "Przygotuj dla każdego w szatni świeży ręcznik, bezpłatnie",
            "fitness research notes, exclusive gestures (proposal: towel service)")
            .when(Condition::builder().moments([M::Safekeeping]).characteristics([C::WellPresented]))
            .targets(exclusive(T::Always)),
        rule("child-progress-at-pick-up", "child-progress", K::PersonalContact, D::Empathy,
            "Greet each child by name at the hand-over, and at pick-up tell the parent one thing the child did well",
            "Witaj każde dziecko po imieniu przy przekazaniu, a przy odbiorze powiedz rodzicowi, co dziecku dziś dobrze wyszło",
            "fitness research notes, exclusive gestures (proposal: swimming teachers' feedback to parents)")
            .when(Condition::builder().moments([M::Safekeeping]).characteristics([C::Attentive]))
            .targets(exclusive(T::Always)),
        rule("greeted-by-name-with-plans", "personal-greeting", K::PersonalContact, D::Empathy,
            "Greet the {customer} by name at the door with a word about their goal or last class, with their towels already waiting",
            "Przywitaj {customer:acc} po imieniu już przy wejściu, nawiązując do jego celu lub ostatnich zajęć, z przygotowanymi już ręcznikami",
            "trade notes, exclusive gestures")
            .when(arriving())
            .targets(exclusive(T::Always)),
        rule("buddy-for-a-newcomer", "buddy", K::PersonalContact, D::Empathy,
            "Introduce a new {customer} to an experienced member as a buddy for their first weeks",
            "Przedstaw nowemu {customer:dat} doświadczonego klubowicza, który będzie mu towarzyszył w pierwszych tygodniach",
            "trade notes, exclusive gestures")
            .when(in_club().moments([M::Consultation]).started_by(Initiator::Company).characteristics([C::Safe]))
            .targets(exclusive(T::Always)),
        rule("programme-reviewed-unasked", "programme-review", K::PersonalContact, D::Empathy,
            "Invite the {customer} to a free programme review 4 to 6 weeks after the induction, and hand them a new programme card without their asking",
            "Zaproś {customer:acc} na bezpłatny przegląd planu treningowego 4–6 tygodni po wprowadzeniu i bez proszenia wręcz mu nowy plan",
            &format!("trade notes, exclusive gestures; {SCREENING}"))
            .when(Condition::builder().moments([M::FollowUp]).started_by(Initiator::Company).data([DataUse::Records]).characteristics([C::Personal]))
            .targets(exclusive(T::Always)),
        rule("freeze-time-added-back", "freeze-terms", K::Procedure, D::Empathy,
            "Freeze the {order} for illness, pregnancy or travel without a fee, and add the unused time to its end",
            "Zawieś {order:acc} z powodu choroby, ciąży lub podróży bez opłaty i dolicz niewykorzystany czas na jego końcu",
            &format!("trade notes, exclusive gestures; {CONTRACTS}"))
            .when(Condition::builder().moments([M::Request]).started_by(Initiator::Customer).characteristics([C::Flexible]))
            .targets(exclusive(T::Always)),
        rule("lounge-with-fruit", "lounge-extras", K::Product, D::Empathy,
            "Offer fresh fruit, infused water and magazines in a quiet lounge by the pool and the sauna",
            "Zapewnij świeże owoce, wodę z dodatkami i czasopisma w cichym saloniku przy basenie i saunie",
            "trade notes, exclusive gestures (hotel-gym extras: exclusive, not basic)")
            .when(in_the_water())
            .targets(exclusive(T::Always)),
        rule("waiting-list-notice", "waiting-list", K::Procedure, D::Responsiveness,
            "Keep a waiting list for full classes and tell the {customer} in the app as soon as a place frees",
            "Prowadź listę oczekujących na pełne zajęcia i powiadamiaj {customer:acc} w aplikacji, gdy tylko zwolni się miejsce",
            &format!("trade notes, exclusive gestures; {CLUB_AUDITS} (booking a class at reception)"))
            .when(Condition::builder().moments([M::OrderTaking]).channels([Ch::App]).characteristics([C::Punctual]))
            .targets(exclusive(T::Always)),
    ]
}

/// A typical club: joining, onboarding, a regular visit, booking classes
/// and personal training, membership administration, and an incident.
#[allow(clippy::too_many_lines, reason = "the template is one model of data")]
fn template() -> ServiceModelBuilder {
    let face = [Ch::FaceToFace];
    ServiceModel::builder("A fitness club")
        .pack("fitness")
        .profile(
            ServiceProfile::builder()
                .contact(ContactLevel::Medium)
                .capacity(CapacityControl::Reservations)
                .usage(UsageFrequency::Frequent)
                .risk(Risk::Moderate)
                .tasks(TaskAllocation::ServiceAndSales)
                .build(),
        )
        .departments(
            [
                department("reception", "Reception"),
                department("sales", "Membership sales"),
                department("fitness-team", "Fitness team"),
                department("group-exercise", "Group exercise"),
                department("aquatics", "Pool and spa"),
                department("kids-club", "Kids' club"),
                department("housekeeping", "Housekeeping"),
                department("membership-admin", "Membership administration"),
                department("management", "Club management"),
            ]
            .into_iter()
            .flatten(),
        )
        .sequence(
            Sequence::builder("joining", "Enquiry and joining")
                .phase(
                    Phase::builder("enquiry", "Enquiry")
                        .channels([Ch::Telephone, Ch::Email, Ch::WebForm, Ch::SocialMedia])
                        .step(
                            step(
                                "enquiry",
                                "A call, e-mail or web enquiry answered",
                                M::Information,
                                "reception",
                            )
                            .place(Place::Remote)
                            .data([DataUse::Records])
                            .characteristics([C::Prompt, C::Knowledgeable]),
                        ),
                )
                .phase(
                    Phase::builder("tour", "Club tour")
                        .channels(face)
                        .step(
                            step("club-tour", "Tour with a membership consultant", M::Consultation, "sales")
                                .characteristics([C::Knowledgeable, C::Friendly, C::Honest]),
                        )
                        .step(
                            step(
                                "offer-and-summary",
                                "Options with the term, the total cost, renewal and cancellation",
                                M::Information,
                                "sales",
                            )
                            .started_by(Initiator::Company)
                            .continues("tour/club-tour")
                            .characteristics([C::Honest, C::Clear]),
                        ),
                )
                .phase(
                    Phase::builder("contract", "Contract")
                        .channels([Ch::FaceToFace, Ch::WebForm])
                        .step(
                            step(
                                "sign-membership",
                                "Contract signed, identity and details recorded",
                                M::OrderTaking,
                                "sales",
                            )
                            .place(Place::Desk)
                            .data([DataUse::Records])
                            .continues("tour/club-tour")
                            .characteristics([C::Honest, C::Accurate]),
                        )
                        .step(
                            step(
                                "first-payment",
                                "Joining fee or first month paid, direct debit set up",
                                M::Payment,
                                "membership-admin",
                            )
                            .place(Place::Desk)
                            .hands_over([Valuable::Cash])
                            .continues("tour/club-tour"),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("onboarding", "Onboarding")
                .phase(
                    Phase::builder("screening", "Screening").channels([Ch::WebForm, Ch::FaceToFace]).step(
                        step(
                            "health-questionnaire",
                            "Health questionnaire and risk waiver; medical clearance if needed",
                            M::Identification,
                            "fitness-team",
                        )
                        .data([DataUse::Records])
                        .risk(Risk::High)
                        .started_by(Initiator::Company)
                        .characteristics([C::Discreet, C::Safe]),
                    ),
                )
                .phase(
                    Phase::builder("induction", "Induction")
                        .channels(face)
                        .step(
                            step(
                                "induction-session",
                                "Layout, safety and an equipment demonstration",
                                M::Consultation,
                                "fitness-team",
                            )
                            .risk(Risk::High)
                            .started_by(Initiator::Company)
                            .characteristics([C::Safe, C::Knowledgeable]),
                        )
                        .step(
                            step(
                                "programme-design",
                                "Goals and a first programme",
                                M::Delivery,
                                "fitness-team",
                            )
                            .channels([Ch::FaceToFace, Ch::App])
                            .data([DataUse::Records])
                            .started_by(Initiator::Company)
                            .continues("induction/induction-session")
                            .characteristics([C::Personal]),
                        ),
                )
                .phase(
                    Phase::builder("review", "Review").channels([Ch::FaceToFace, Ch::Telephone]).step(
                        step(
                            "programme-review",
                            "The programme reviewed after some weeks",
                            M::FollowUp,
                            "fitness-team",
                        )
                        .data([DataUse::Records])
                        .started_by(Initiator::Company)
                        .characteristics([C::Personal]),
                    ),
                ),
        )
        .sequence(
            Sequence::builder("visit", "A regular visit")
                .phase(
                    Phase::builder("arrival", "Arrival")
                        .channels([Ch::SelfService, Ch::FaceToFace])
                        .step(
                            step(
                                "access-and-greet",
                                "Card or app at the gate, greeting at the desk",
                                M::Welcome,
                                "reception",
                            )
                            .place(Place::Desk)
                            .data([DataUse::LooksUp])
                            .characteristics([C::Friendly, C::Safe]),
                        )
                        .step(
                            step("towels", "Towels handed over", M::Hospitality, "reception")
                                .channels(face)
                                .place(Place::Desk)
                                .started_by(Initiator::Company)
                                .continues("arrival/access-and-greet")
                                .characteristics([C::Comfortable]),
                        ),
                )
                .phase(
                    Phase::builder("changing", "Changing").channels([Ch::SelfService]).step(
                        step("locker", "Changing room and locker", M::Safekeeping, "housekeeping")
                            .no_contact()
                            .characteristics([C::WellPresented]),
                    ),
                )
                .phase(
                    Phase::builder("training", "Training")
                        .channels(face)
                        .step(
                            step(
                                "gym-floor",
                                "Training on the floor, an instructor at hand, cleaning supplies",
                                M::Delivery,
                                "fitness-team",
                            )
                            .started_by(Initiator::Customer)
                            .continues("arrival/access-and-greet")
                            .characteristics([C::Safe, C::Helpful]),
                        )
                        .step(
                            step(
                                "group-class",
                                "A booked class in the studio",
                                M::Delivery,
                                "group-exercise",
                            )
                            .started_by(Initiator::Customer)
                            .continues("arrival/access-and-greet")
                            .characteristics([C::Punctual]),
                        ),
                )
                .phase(
                    Phase::builder("wellness", "Pool and spa").channels(face).step(
                        step(
                            "pool-and-sauna",
                            "The pool under supervision, the sauna and the steam room",
                            M::Hospitality,
                            "aquatics",
                        )
                        .risk(Risk::High)
                        .continues("arrival/access-and-greet")
                        .characteristics([C::Safe, C::Comfortable]),
                    ),
                )
                .phase(
                    Phase::builder("kids", "Kids' club").channels(face).step(
                        step("kids-club", "A child signed in and out", M::Safekeeping, "kids-club")
                            .hands_over([Valuable::Dependant])
                            .risk(Risk::High)
                            .continues("arrival/access-and-greet")
                            .characteristics([C::Safe, C::Attentive]),
                    ),
                )
                .phase(
                    Phase::builder("leaving", "Leaving")
                        .channels(face)
                        .step(
                            step(
                                "drinks-and-retail",
                                "A drink or a product bought at the counter",
                                M::Payment,
                                "reception",
                            )
                            .place(Place::Counter)
                            .hands_over([Valuable::Cash])
                            .continues("arrival/access-and-greet"),
                        )
                        .step(
                            step("goodbye", "Goodbye at reception", M::Farewell, "reception")
                                .place(Place::Desk)
                                .started_by(Initiator::Company)
                                .continues("arrival/access-and-greet")
                                .characteristics([C::Friendly]),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("bookings", "Classes and personal training")
                .phase(
                    Phase::builder("booking", "Booking")
                        .channels([Ch::App, Ch::WebForm, Ch::FaceToFace])
                        .step(
                            step(
                                "book-class",
                                "A class booked, or a place on the waiting list",
                                M::OrderTaking,
                                "group-exercise",
                            )
                            .data([DataUse::Records])
                            .characteristics([C::Punctual, C::Efficient]),
                        )
                        .step(
                            step(
                                "book-personal-training",
                                "A personal-training session booked, free to cancel 24 hours ahead",
                                M::OrderTaking,
                                "fitness-team",
                            )
                            .channels([Ch::FaceToFace, Ch::App])
                            .data([DataUse::Records])
                            .opens_contact()
                            .characteristics([C::Accurate]),
                        ),
                )
                .phase(
                    Phase::builder("session", "Session")
                        .channels(face)
                        .step(
                            step(
                                "personal-training",
                                "A personal-training session",
                                M::Delivery,
                                "fitness-team",
                            )
                            .started_by(Initiator::Company)
                            .characteristics([C::Personal, C::Attentive]),
                        )
                        .step(
                            step("pay-package", "A training package paid", M::Payment, "membership-admin")
                                .channels([Ch::FaceToFace, Ch::App])
                                .place(Place::Desk)
                                .hands_over([Valuable::Cash])
                                .continues("session/personal-training"),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("membership", "Membership administration")
                .phase(
                    Phase::builder("billing", "Monthly fee").channels([Ch::Email, Ch::App]).step(
                        step("monthly-fee", "Monthly debit and its receipt", M::Billing, "membership-admin")
                            .data([DataUse::Records])
                            .characteristics([C::Accurate]),
                    ),
                )
                .phase(
                    Phase::builder("changes", "Changes")
                        .channels([Ch::FaceToFace, Ch::Email])
                        .step(
                            step(
                                "freeze",
                                "The membership frozen for illness, injury or travel",
                                M::Request,
                                "membership-admin",
                            )
                            .data([DataUse::Records])
                            .characteristics([C::Flexible]),
                        )
                        .step(
                            step(
                                "renewal-notice",
                                "Notice before a fixed term renews",
                                M::FollowUp,
                                "membership-admin",
                            )
                            .channels([Ch::Email, Ch::Sms])
                            .started_by(Initiator::Company)
                            .opens_contact()
                            .characteristics([C::Honest, C::Informative]),
                        )
                        .step(
                            step(
                                "cancel",
                                "Cancellation with notice, confirmed",
                                M::Request,
                                "membership-admin",
                            )
                            .channels([Ch::FaceToFace, Ch::Email, Ch::Letter])
                            .data([DataUse::Records])
                            .opens_contact()
                            .characteristics([C::Efficient]),
                        )
                        .step(
                            step(
                                "complaint",
                                "A complaint, a comment card or the member forum",
                                M::Exception,
                                "management",
                            )
                            .data([DataUse::Records])
                            .opens_contact()
                            .characteristics([C::Patient, C::Helpful]),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("incident", "An incident")
                .phase(
                    Phase::builder("emergency", "Emergency").channels(face).step(
                        step(
                            "first-aid",
                            "The first-aider responds under the emergency plan",
                            M::Incident,
                            "management",
                        )
                        .risk(Risk::High)
                        .started_by(Initiator::Company)
                        .characteristics([C::Prompt, C::Safe]),
                    ),
                )
                .phase(
                    Phase::builder("record", "Record").channels([Ch::Telephone, Ch::Letter]).step(
                        step(
                            "accident-report",
                            "The accident recorded, and a call to ask after the member",
                            M::FollowUp,
                            "management",
                        )
                        .data([DataUse::Records])
                        .started_by(Initiator::Company)
                        .characteristics([C::Attentive]),
                    ),
                ),
        )
}
