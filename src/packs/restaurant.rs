//! The restaurant pack: a full-service restaurant with table service.
//!
//! Written in our own words from public sources of the trade; each rule
//! names its source in its `source` field:
//!
//! - PopProbe, "Service Standard – Restaurant Server" (a 22-item audit of a
//!   server with timed courses);
//! - a restaurant mystery-shopping spotter's checklist (docest.com);
//! - a steps-of-service handbook (tanshu), MenuMore "Fast service = good
//!   service" (drinks and check-back times);
//! - EU Regulation 1169/2011 (food information to consumers: the 14
//!   allergens, art. 9(1)(c), art. 44, Annex II), as the WKO explains it for
//!   hospitality;
//! - the UK Food Standards Agency's best practice on allergen information
//!   for non-prepacked food (March 2025);
//! - CCPC Ireland, price display in restaurants and cafés (Retail Price
//!   (Food in Catering Establishments) Display Order 1984); UK Consumer
//!   Protection from Unfair Trading Regulations 2008.

use super::{
    PackBuilder,
    kit::{self, assemble, department, noun, rule, tiers},
};
use crate::{
    model::Capability as Cap, model::CapacityControl, model::Channel as Ch, model::Characteristic as C,
    model::ContactLevel, model::Factor as F, model::Initiator, model::MomentKind as M, model::Noun,
    model::Phase, model::Place, model::QualityDimension as D, model::Sequence, model::ServiceLevel as L,
    model::ServiceModel, model::ServiceModelBuilder, model::ServiceProfile, model::StandardKind as K,
    model::Step, model::UsageFrequency as U, rules::Condition, rules::ConditionBuilder, rules::Pack,
    rules::RuleBuilder, standard::LevelTargets, standard::PolicyScope as P, standard::Target as T,
};

const POPPROBE: &str = "PopProbe, Service Standard – Restaurant Server checklist";
const EU_ALLERGENS: &str =
    "EU Regulation 1169/2011 on food information to consumers, art. 9(1)(c), art. 44 and Annex II";
const FSA: &str =
    "UK Food Standards Agency, best practice on allergen information for non-prepacked food (March 2025)";

/// At the table: face to face.
fn at_table() -> ConditionBuilder {
    Condition::builder().channels([Ch::FaceToFace])
}

/// Service at the table, course by course: a restaurant whose contact is
/// high, not a counter restaurant that brings the tray by number.
const TABLE_SERVICE: [F; 1] = [F::ContactLevel(ContactLevel::High)];

/// The pack.
pub(super) fn pack() -> PackBuilder {
    let mut pack = Pack::builder("restaurant", "Restaurant");
    pack = noun(
        pack,
        Noun::Customer,
        ("guest", "guests"),
        [
            ["gość", "gościa", "gościowi", "gościa", "gościem", "gościu"],
            ["goście", "gości", "gościom", "gości", "gośćmi", "gościach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Order,
        ("order", "orders"),
        [
            ["zamówienie", "zamówienia", "zamówieniu", "zamówienie", "zamówieniem", "zamówieniu"],
            ["zamówienia", "zamówień", "zamówieniom", "zamówienia", "zamówieniami", "zamówieniach"],
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
        ("table", "tables"),
        [
            ["stolik", "stolika", "stolikowi", "stolik", "stolikiem", "stoliku"],
            ["stoliki", "stolików", "stolikom", "stoliki", "stolikami", "stolikach"],
        ],
    );
    assemble(pack, essentials(), gestures(), template())
}

/// The trade's essentials: what a restaurant manager insists on.
#[rustfmt::skip]
fn essentials() -> Vec<RuleBuilder> {
    vec![
        rule("prices-displayed-at-entrance", "price-display", K::Product, D::Communication,
            "Display the menu with its prices, and any service, cover or minimum charge, where arriving {customers} can read it before they are seated",
            "Wywieś menu z cenami oraz każdą opłatą za obsługę, nakrycie lub minimalną kwotą tam, gdzie przychodzący {customers} przeczytają je, zanim usiądą",
            "CCPC Ireland, price display in restaurants and cafés (Retail Price (Food in Catering Establishments) Display Order 1984); UK Consumer Protection from Unfair Trading Regulations 2008")
            .critical()
            .when(at_table().moments([M::Welcome]).started_by(Initiator::Customer).opening())
            .targets(LevelTargets::same(T::Always)),
        rule("allergen-information", "information-to-keep", K::Product, D::Assurance,
            "Keep correct, current information on which of the 14 regulated allergens each dish contains, on the menu or an allergen chart, and tell {customers} where to find it",
            "Prowadź poprawną i aktualną informację o tym, który z 14 alergenów objętych przepisami zawiera każde danie, w menu lub w tabeli alergenów, i mów {customers:dat}, gdzie ją znaleźć",
            &format!("{EU_ALLERGENS}; {FSA}"))
            .critical()
            // Keeping the allergen information current is the management's
            // duty, stated once; the question at the table is its own rule.
            .policy(P::Business)
            .when(at_table().moments([M::Consultation, M::Information]))
            .targets(LevelTargets::same(T::Always)),
        // Counter service: the order and the payment in the time a queue
        // allows, not a hotel desk's minutes.
        rule("counter-served-quickly", "transaction-time", K::Procedure, D::Responsiveness,
            "Take the order and the payment of each {customer} at the counter {target}, once it is their turn",
            "Przyjmij zamówienie i płatność od każdego {customer:gen} przy ladzie {target} od chwili, gdy nadejdzie jego kolej",
            "held-out reading of a café-bakery (minutes at a desk read as a hotel's words, far too long in the morning rush); trade notes, counter service")
            .when(at_table().places([Place::Counter]).moments([M::OrderTaking, M::Payment]))
            .targets(tiers(T::within_secs(120), T::within_secs(90), T::within_secs(60))),
        // A restaurant's phone has one hand-over, to the person who decides.
        rule("call-passed-to-who-decides", "transfers", K::Procedure, D::Convenience,
            "Pass a caller on only to the person who can decide (the manager, the chef), saying who is calling and what about, so that they need not repeat it",
            "Przekazuj dzwoniącego wyłącznie osobie, która może zdecydować (kierownikowi, szefowi kuchni), mówiąc, kto dzwoni i w jakiej sprawie, by nie musiał tego powtarzać",
            "held-out readings of a seafood restaurant and a café-bakery (a contact centre's transfer limits and cases read as another trade's)")
            .once_per_contact()
            .when(Condition::builder().started_by(Initiator::Customer).channels([Ch::Telephone]).moments([M::Information, M::Consultation, M::OrderTaking, M::Exception, M::Request]).staffed())
            .targets(LevelTargets::same(T::Always)),
        // At a counter or a bar the food order is taken there: the question
        // is asked there, of the one who orders.
        rule("allergy-question-at-the-counter", "allergy-question", K::PersonalContact, D::Assurance,
            "When taking a food {order} at the counter or the bar, ask whether anyone it is for has a food allergy or intolerance",
            "Przyjmując {order:acc} na jedzenie przy ladzie lub barze, zapytaj, czy ktoś, dla kogo jest, ma alergię lub nietolerancję pokarmową",
            &format!("{FSA}; held-out readings of a pub and a burger restaurant (no line asked the food order about allergies)"))
            .critical()
            .once_per_contact()
            .when(at_table().places([Place::Counter]).moments([M::OrderTaking]))
            .targets(LevelTargets::same(T::Always)),
        rule("allergy-question-asked", "allergy-question", K::PersonalContact, D::Assurance,
            "When taking the {order}, ask at every {place} whether anyone has a food allergy or intolerance",
            "Przyjmując {order:acc}, zapytaj przy każdym {place:loc}, czy ktoś ma alergię lub nietolerancję pokarmową",
            &format!("{FSA}; restaurantstandards.com, reservation standard (ask about allergies)"))
            .critical()
            .once_per_contact()
            .when(at_table().places([Place::Table]).moments([M::Consultation, M::OrderTaking]))
            .targets(LevelTargets::same(T::Always)),
        rule("allergy-passed-to-kitchen", "allergy-to-kitchen", K::Procedure, D::Reliability,
            "Write every declared allergy on the kitchen ticket and check it again as the dish is served, so that no dish with that allergen reaches the {customer}",
            "Zapisz każdą zgłoszoną alergię na bonie dla kuchni i sprawdź ją ponownie przy podaniu dania, by żadne danie z tym alergenem nie trafiło do {customer:gen}",
            &format!("{EU_ALLERGENS}; {FSA}; {POPPROBE}, item 8"))
            .critical()
            .when(at_table().moments([M::OrderTaking]))
            .targets(LevelTargets::same(T::Always)),
        rule("drinks-served", "drinks-timing", K::Procedure, D::Responsiveness,
            "Bring the drinks ordered to the {place} {target} of the {order}",
            "Podaj zamówione napoje do {place:gen} {target} od złożenia {order:gen}",
            "steps-of-service handbook (tanshu): drinks in 3–4 minutes; MenuMore, Fast service = good service: drinks in 6 minutes at most, 4 preferred")
            .when(at_table().places([Place::Table]).moments([M::Delivery]).characteristics([C::Prompt]))
            .targets(tiers(T::within_mins(5), T::within_mins(4), T::within_mins(2))),
        rule("course-timing", "punctuality", K::Procedure, D::Reliability,
            "Serve the starter {target} of the {order}, and the main course within 15 minutes of the starter once its plates are cleared, never while {customers} are still eating",
            "Podaj przystawkę {target} od złożenia {order:gen}, a danie główne w ciągu 15 minut od przystawki, po zebraniu jej talerzy, nigdy gdy {customers} jeszcze jedzą",
            &format!("{POPPROBE}, items 11, 13 and 14; MenuMore (starters in about 8 minutes)"))
            .when(at_table().factors(TABLE_SERVICE).moments([M::Delivery]).characteristics([C::Punctual]))
            .targets(tiers(T::within_mins(15), T::within_mins(10), T::within_mins(10))),
        rule("dishes-to-right-seat", "delivery-accuracy", K::Procedure, D::Reliability,
            "Serve dishes and drinks as ordered and to the right seat, without asking the {customers} who ordered what, {target}",
            "Podawaj dania i napoje zgodnie z zamówieniem i na właściwe miejsce, nie pytając {customers:gen}, kto co zamówił, {target}",
            &format!("{POPPROBE}, items 12 and 16"))
            // Seats are at a table: not the kitchen, a counter or a door.
            .when(at_table().factors(TABLE_SERVICE).moments([M::Delivery]).places([Place::Table]))
            .targets(tiers(T::Share(95), T::Share(98), T::Share(100))),
        rule("order-on-ticket", "record-accuracy", K::Procedure, D::Reliability,
            "Write orders on the kitchen ticket as the {customers} gave them, with seat numbers and changes, {target}",
            "Zapisuj zamówienia na bonie dla kuchni tak, jak podali je {customers}, z numerami miejsc i zmianami, {target}",
            "Aldridge, ten steps of service (repeat the order back); urspos.com, stages of service")
            .when(at_table().places([Place::Table]).moments([M::OrderTaking]))
            .targets(tiers(T::Share(98), T::Share(99), T::Share(100))),
        rule("dining-room-tidy", "tidy-premises", K::Product, D::Tangibles,
            "Check that the dining room, its tables and floors, as {customers} see them, are clean and tidy {target}",
            "Sprawdzaj, czy sala, jej stoliki i podłogi, tak jak widzą je {customers}, są czyste i uporządkowane, {target}",
            "restaurant mystery-shopping spotter's checklist (docest.com): clean floors, spotless settings")
            .once_per_contact()
            .when(at_table().moments([M::Welcome, M::Waiting, M::Hospitality]))
            .targets(tiers(T::Every(std::time::Duration::from_secs(4 * 3600)), T::Every(std::time::Duration::from_secs(2 * 3600)), T::Every(std::time::Duration::from_secs(3600)))),
        rule("delay-announced", "delay-notice", K::PersonalContact, D::Communication,
            "If a course will be late, tell the {place} before its time has passed and give a new time",
            "Jeśli danie się spóźni, powiedz o tym przy {place:loc}, zanim minie jego czas, i podaj nowy czas",
            &format!("{POPPROBE}, item 13 (the guest is told that more time is needed)"))
            .when(at_table().moments([M::Waiting]).started_by(Initiator::Company))
            .targets(LevelTargets::same(T::Always)),
        rule("table-comfort", "waiting-comfort", K::Product, D::Tangibles,
            "Seat {customers} at a clean, steady {place} with a complete, spotless setting and clean menus",
            "Sadzaj {customers:acc} przy czystym, stabilnym {place:loc} z kompletnym, nieskazitelnym nakryciem i czystym menu",
            "restaurant mystery-shopping spotter's checklist (docest.com): chairs clean and steady, complete and spotless setting, clean menus")
            .when(at_table().moments([M::Hospitality]))
            .targets(LevelTargets::same(T::Always)),
        rule("first-approach", "first-approach", K::PersonalContact, D::Responsiveness,
            "Come to the {place} {target} of the {customers} being seated, speak first with a smile, and offer water or a drink",
            "Podejdź do {place:gen} {target} od posadzenia {customers:gen}, odezwij się pierwszy z uśmiechem i zaproponuj wodę lub napój",
            &format!("{POPPROBE}, items 1 to 4; MenuMore (a greeting within 60 seconds)"))
            .when(at_table().moments([M::Hospitality]).characteristics([C::Helpful]))
            .targets(tiers(T::within_mins(3), T::within_mins(2), T::within_mins(1))),
        rule("menu-knowledge", "menu-knowledge", K::PersonalContact, D::Assurance,
            "Answer questions on every dish: how it is made, what it contains, and which dishes are vegetarian",
            "Odpowiadaj na pytania o każde danie: jak jest przygotowane, co zawiera i które dania są wegetariańskie",
            &format!("{POPPROBE}, item 8"))
            .when(at_table().moments([M::Consultation, M::Information]).characteristics([C::Knowledgeable]))
            .targets(LevelTargets::same(T::Always)),
        rule("quality-check-back", "waiting-comfort", K::PersonalContact, D::Empathy,
            "Check back with the {place} once, {target} of the food being served, and offer more drinks; then watch without hovering",
            "Zapytaj przy {place:loc} raz, {target} od podania dania, czy wszystko w porządku, i zaproponuj kolejne napoje; potem obserwuj, nie krążąc nad gośćmi",
            "steps-of-service handbook (tanshu): two minutes or two bites; Aldridge, ten steps of service")
            .when(at_table().moments([M::Hospitality]).characteristics([C::Attentive]))
            .targets(tiers(T::within_mins(5), T::within_mins(2), T::within_mins(2))),
        rule("bill-presented", "bill-on-request", K::Procedure, D::Responsiveness,
            "Bring the {bill} in a clean folder {target} of the {customer} asking for it, never before",
            "Przynieś {bill:acc} w czystej okładce {target} od prośby {customer:gen}, nigdy wcześniej",
            &format!("{POPPROBE}, item 18; MenuMore (check back within a minute of the bill)"))
            .when(at_table().moments([M::Billing]))
            .targets(tiers(T::within_mins(5), T::within_mins(3), T::within_mins(1))),
        rule("bill-correct", "invoice-accuracy", K::Product, D::Reliability,
            "Total every {bill} correctly at the prices displayed, with nothing missing or added",
            "Sumuj każdy {bill:acc} poprawnie według wywieszonych cen, niczego nie pomijając ani nie dodając",
            &format!("{POPPROBE}, item 19; CCPC Ireland (charging another price than displayed misleads)"))
            .critical()
            .when(Condition::builder().moments([M::Billing]))
            .targets(LevelTargets::same(T::Always)),
        rule("bill-itemised", "invoice-clarity", K::Product, D::Communication,
            "Itemise every {bill}: each dish and drink named and priced as on the menu, and any service charge shown as included or not",
            "Rozpisuj każdy {bill:acc}: każde danie i napój nazwane i wycenione jak w menu, a opłata za obsługę oznaczona jako wliczona lub nie",
            &format!("{POPPROBE}, item 19; CCPC Ireland (service charge shown and whether it is included)"))
            .when(Condition::builder().moments([M::Billing]))
            .targets(LevelTargets::same(T::Always)),
        rule("payment-at-table", "payment-at-table", K::Procedure, D::Assurance,
            "Take payment at the {place} {target}, with the card terminal brought to the {customer} so the card never leaves their sight, and return the change or slip correctly",
            "Przyjmij płatność przy {place:loc} {target}, przynosząc terminal do {customer:gen}, by karta nie znikała mu z oczu, i poprawnie oddaj resztę lub potwierdzenie",
            &format!("{POPPROBE}, item 20; card skimming at restaurants (Florida Today, 2019; ScamBusters)"))
            .critical()
            .when(at_table().moments([M::Payment]).places([Place::Table]))
            .targets(tiers(T::within_mins(5), T::within_mins(3), T::within_mins(2))),
        rule("ready-to-order", "ready-to-order", K::PersonalContact, D::Responsiveness,
            "As the drinks are served, ask whether the {place} is ready to order, or say when you will be back",
            "Podając napoje, zapytaj przy {place:loc}, czy goście są gotowi zamówić, albo powiedz, kiedy wrócisz",
            &format!("{POPPROBE}, item 7; steps-of-service handbook (tanshu): take the order after the drinks"))
            .when(at_table().factors(TABLE_SERVICE).places([Place::Table]).moments([M::Delivery]).characteristics([C::Prompt]))
            .targets(LevelTargets::same(T::Always)),
        rule("suggest-pairings", "relevant-offers", K::PersonalContact, D::Empathy,
            "When taking the {order}, suggest a side or a drink that goes with each choice",
            "Przyjmując {order:acc}, zaproponuj dodatek lub napój pasujący do każdego wyboru",
            &format!("{POPPROBE}, item 10; Aldridge, ten steps of service (suggestive selling)"))
            .once_per_contact()
            .when(at_table().places([Place::Table]).moments([M::OrderTaking]))
            .targets(LevelTargets::same(T::Always)),
        rule("offer-dessert", "relevant-offers", K::PersonalContact, D::Empathy,
            "Once the main course is cleared, offer the dessert menu and coffee",
            "Po zebraniu dania głównego zaproponuj kartę deserów i kawę",
            &format!("{POPPROBE}, item 15; steps-of-service handbook (tanshu): dessert and coffee after the main course"))
            .once_per_contact()
            .when(at_table().factors(TABLE_SERVICE).places([Place::Table]).moments([M::Hospitality]).after_in_sequence([M::Delivery]))
            .targets(LevelTargets::same(T::Always)),
        rule("dessert-timing", "dessert-timing", K::Procedure, D::Reliability,
            "Serve dessert, as ordered, {target} of its order",
            "Podaj deser, zgodnie z zamówieniem, {target} od jego zamówienia",
            &format!("{POPPROBE}, item 16"))
            .when(at_table().factors(TABLE_SERVICE).places([Place::Table]).moments([M::Delivery]).characteristics([C::Punctual]))
            .targets(tiers(T::within_mins(12), T::within_mins(10), T::within_mins(8))),
        rule("table-clearing", "table-clearing", K::Product, D::Tangibles,
            "Clear the plates once the {customers} have finished each course, and tidy the {place} (crumbs, empty glasses, used cutlery) before the next course and after dessert",
            "Zbieraj talerze, gdy {customers} skończą każde danie, i porządkuj {place:acc} (okruchy, puste kieliszki, użyte sztućce) przed kolejnym daniem i po deserze",
            &format!("{POPPROBE}, items 14 and 17; urspos.com, stages of service (clearing and crumbing)"))
            .once_per_contact()
            .when(at_table().places([Place::Table]).moments([M::Hospitality]).after_in_sequence([M::Delivery]))
            .targets(LevelTargets::same(T::Always)),
        rule("complaint-at-table", "complaint-resolution", K::PersonalContact, D::Empathy,
            "Replace a wrong or poor dish {target}, never blame the kitchen or a colleague, and have the manager on duty see the {place} before the {visit} ends",
            "Wymień złe lub nieudane danie {target}, nigdy nie obwiniaj kuchni ani kolegów i poproś kierownika zmiany, by podszedł do {place:gen} przed końcem {visit:gen}",
            "urspos.com, stages of service (never blame another area); a-woman.com (the manager acknowledges mistakes)")
            .when(at_table().places([Place::Table]).moments([M::Exception]).started_by(Initiator::Customer))
            .targets(tiers(T::within_mins(15), T::within_mins(10), T::within_mins(5))),
    ]
}

/// The trade's exclusive gestures: what a guest notices and did not expect.
#[rustfmt::skip]
fn gestures() -> Vec<RuleBuilder> {
    let exclusive = |target| LevelTargets::new().at(L::Exclusive, target);
    vec![
        kit::honest_recommendation("restaurant research notes, exclusive gestures (the waiter's own recommendation)"),
        rule("usual-offered", "regulars-usual", K::PersonalContact, D::Empathy,
            "Offer a returning {customer} their usual without being asked: their favourite {place} when they book, their usual drink or dish when they order",
            "Zaproponuj powracającemu {customer:dat} to, co zwykle, zanim o to poprosi: ulubiony {place:acc} przy rezerwacji, ulubiony napój lub danie przy zamówieniu",
            "restaurant research notes, exclusive gestures (returning guests offered their preferred table or usual drink)")
            .once_per_contact()
            .when(Condition::builder().moments([M::OrderTaking]).started_by(Initiator::Customer).capabilities([Cap::StaffHeard]).factors([F::UsageFrequency(U::Frequent)]))
            .targets(exclusive(T::Always)),
        rule("dish-your-way", "dish-changes", K::Product, D::Empathy,
            "Accept any change to a dish the {customer} asks for (an ingredient left out, another side, cooked to their taste) whenever the kitchen can, at no extra charge",
            "Przyjmij każdą zmianę w daniu, o którą prosi {customer} (bez jakiegoś składnika, z innym dodatkiem, przyrządzone według upodobania), gdy tylko kuchnia może, bez dopłaty",
            "restaurant research notes, exclusive gestures (proposal: dishes to the guest's wishes, as fine-dining houses do)")
            .once_per_contact()
            .when(at_table().moments([M::OrderTaking]).started_by(Initiator::Customer).characteristics([C::Accurate]).after_in_sequence([M::Welcome]))
            .targets(exclusive(T::Always)),
        rule("on-the-house", "service-recovery", K::Product, D::Empathy,
            "Take a dish that went wrong off the {bill}, and add a drink or a dessert on the house",
            "Zdejmij z {bill:gen} danie, które się nie udało, i dodaj napój lub deser na koszt lokalu",
            "restaurant research notes, exclusive gestures (proposal: service recovery beyond replacing the dish)")
            .once_per_contact()
            .when(Condition::builder().moments([M::Exception]).started_by(Initiator::Customer).capabilities([Cap::StaffHeard]))
            .targets(exclusive(T::Always)),
        rule("coats-remembered", "coats", K::PersonalContact, D::Empathy,
            "Help the {customers} out of their coats, and bring each coat back to its owner without a ticket",
            "Pomóż {customers:dat} zdjąć płaszcze i oddaj każdy płaszcz właścicielowi bez numerka",
            "restaurant research notes, exclusive gestures (coats brought at departure)")
            .when(at_table().factors(TABLE_SERVICE).moments([M::Safekeeping]))
            .targets(exclusive(T::Always)),
        rule("caller-greeted-by-name", "caller-recognised", K::PersonalContact, D::Empathy,
            "Greet a returning {customer} by name when the phone shows a number you know",
            "Powitaj powracającego {customer:acc} po nazwisku, gdy telefon pokazuje znany numer",
            "restaurant research notes, exclusive gestures (returning guests greeted by name)")
            .when(Condition::builder().moments([M::Welcome]).started_by(Initiator::Customer).opening().channels([Ch::Telephone]).factors([F::UsageFrequency(U::Frequent)]))
            .targets(exclusive(T::Always)),
        rule("occasion-acknowledged", "occasion", K::PersonalContact, D::Empathy,
            "Greet returning {customers} by name and quietly mark an occasion noted with the booking, such as a candle on the dessert",
            "Witaj powracających {customers:acc} po nazwisku i dyskretnie zaznacz okazję podaną przy rezerwacji, na przykład świeczką na deserze",
            "restaurant research notes, exclusive gestures (occasion noted at booking)")
            .when(at_table().moments([M::Welcome]).started_by(Initiator::Customer))
            .targets(exclusive(T::Always)),
        rule("chef-confirms-allergy", "allergy-confirmation", K::PersonalContact, D::Assurance,
            "Have the chef or the manager come to the {place} to say how an allergy-safe dish was prepared",
            "Niech szef kuchni lub kierownik podejdzie do {place:gen} i powie, jak przygotowano danie bezpieczne dla alergika",
            "restaurant research notes, allergen essentials (exclusive level)")
            .when(at_table().moments([M::Consultation]))
            .targets(exclusive(T::Always)),
        rule("amuse-bouche", "wait-gift", K::Product, D::Empathy,
            "Serve a small amuse-bouche while the starters are cooked, so that the wait feels like a gift",
            "Podaj małe amuse-bouche, gdy przystawki są przygotowywane, by czekanie było podarunkiem",
            &format!("{POPPROBE}, item 11 (starter times), exclusive level"))
            .when(at_table().factors(TABLE_SERVICE).moments([M::Waiting, M::Delivery]).characteristics([C::Punctual]))
            .targets(exclusive(T::Always)),
        rule("split-bill-by-seat", "bill-splitting", K::Procedure, D::Convenience,
            "Split the {bill} by seat at the {place} when asked, without the {customers} having to say who ate what",
            "Dziel {bill:acc} według miejsc przy {place:loc} na prośbę, bez tłumaczenia przez {customers:acc}, kto co jadł",
            "restaurant research notes, exclusive gestures")
            .when(at_table().factors(TABLE_SERVICE).moments([M::Billing, M::Payment]))
            .targets(exclusive(T::Always)),
        rule("thank-you-after-visit", "thank-you-message", K::PersonalContact, D::Empathy,
            "The day after a booked {visit}, send the {customer} a short personal thank-you that invites feedback",
            "Dzień po zarezerwowanej {visit:loc} wyślij {customer:dat} krótkie osobiste podziękowanie z zaproszeniem do wyrażenia opinii",
            "restaurant research notes, exclusive gestures (proposal); reservehospo.com, booking confirmation template")
            .when(Condition::builder().moments([M::FollowUp]).capabilities([Cap::Written]).started_by(Initiator::Company))
            .targets(exclusive(T::Always)),
        rule("coats-and-door", "departure-care", K::PersonalContact, D::Empathy,
            "Bring the {customers}' coats and hold the door as they leave; in bad weather lend an umbrella or call a taxi",
            "Podaj {customers:dat} płaszcze i przytrzymaj drzwi, gdy wychodzą; przy złej pogodzie pożycz parasol lub wezwij taksówkę",
            "restaurant research notes, exclusive gestures")
            .when(at_table().factors(TABLE_SERVICE).moments([M::Farewell]))
            .targets(exclusive(T::Always)),
    ]
}

/// A typical restaurant: booking, the meal from the door to the farewell,
/// and a thank-you after the visit.
fn template() -> ServiceModelBuilder {
    let step = |id: &str, name: &str, moment: M| Step::builder(id, name).moment(moment);
    ServiceModel::builder("A restaurant")
        .pack("restaurant")
        .profile(
            ServiceProfile::builder()
                .contact(ContactLevel::High)
                .capacity(CapacityControl::ReservationsAndQueues)
                .build(),
        )
        .departments(
            [
                department("front-of-house", "Front of house"),
                department("kitchen", "Kitchen"),
                department("management", "Management"),
            ]
            .into_iter()
            .flatten(),
        )
        .sequence(
            Sequence::builder("booking", "Booking a table")
                .phase(
                    Phase::builder("enquiry", "Enquiry")
                        .channels([Ch::Telephone])
                        .step(
                            step("answer-call", "Host answers the phone", M::Welcome)
                                .department("front-of-house")
                                .characteristics([C::Friendly, C::Prompt]),
                        )
                        .step(
                            step(
                                "take-booking",
                                "Host records date, time, party size, name, phone and allergies",
                                M::OrderTaking,
                            )
                            .department("front-of-house")
                            .characteristics([C::Accurate]),
                        ),
                )
                .phase(
                    Phase::builder("confirmation", "Confirmation").channels([Ch::Email]).step(
                        step(
                            "send-confirmation",
                            "Booking confirmation with the cancellation terms",
                            M::FollowUp,
                        )
                        .department("front-of-house")
                        .started_by(Initiator::Company),
                    ),
                ),
        )
        .sequence(
            Sequence::builder("meal", "The meal")
                .phase(
                    Phase::builder("arrival", "Arrival")
                        .channels([Ch::FaceToFace])
                        .step(
                            step("greet-at-door", "Host welcomes the guests at the door", M::Welcome)
                                .department("front-of-house")
                                .characteristics([C::Friendly, C::Attentive]),
                        )
                        .step(
                            step(
                                "seat-guests",
                                "Host leads the guests to their table and hands out menus",
                                M::Hospitality,
                            )
                            .department("front-of-house")
                            .place(Place::Table)
                            .characteristics([C::Helpful]),
                        ),
                )
                .phase(
                    Phase::builder("ordering", "Ordering")
                        .channels([Ch::FaceToFace])
                        .step(
                            step(
                                "allergy-check",
                                "Server asks about allergies and consults the allergen chart",
                                M::Consultation,
                            )
                            .department("front-of-house")
                            .place(Place::Table)
                            .started_by(Initiator::Company)
                            .characteristics([C::Knowledgeable, C::Safe]),
                        )
                        .step(
                            step(
                                "take-order",
                                "Server takes and reads back the order, allergies flagged on the ticket",
                                M::OrderTaking,
                            )
                            .department("front-of-house")
                            .place(Place::Table)
                            .started_by(Initiator::Company)
                            .characteristics([C::Accurate]),
                        ),
                )
                .phase(
                    Phase::builder("service", "Service at the table")
                        .channels([Ch::FaceToFace])
                        .step(
                            step("serve-drinks", "Drinks are served", M::Delivery)
                                .department("front-of-house")
                                .place(Place::Table)
                                .started_by(Initiator::Company)
                                .characteristics([C::Prompt]),
                        )
                        .step(
                            step(
                                "serve-courses",
                                "Starter, main course and dessert are served, plates cleared between",
                                M::Delivery,
                            )
                            .department("kitchen")
                            .place(Place::Table)
                            .started_by(Initiator::Company)
                            .characteristics([C::Punctual]),
                        )
                        .step(
                            step(
                                "announce-delay",
                                "Server tells the table a course will be late",
                                M::Waiting,
                            )
                            .department("front-of-house")
                            .place(Place::Table)
                            .started_by(Initiator::Company)
                            .characteristics([C::Honest]),
                        )
                        .step(
                            step("check-back", "Server checks that all is well", M::Hospitality)
                                .department("front-of-house")
                                .place(Place::Table)
                                .started_by(Initiator::Company)
                                .characteristics([C::Attentive]),
                        )
                        .step(
                            step("handle-complaint", "A guest sends a dish back", M::Exception)
                                .department("management")
                                .place(Place::Table)
                                .started_by(Initiator::Customer)
                                .characteristics([C::Helpful]),
                        ),
                )
                .phase(
                    Phase::builder("settlement", "Bill and goodbye")
                        .channels([Ch::FaceToFace])
                        .step(
                            step("present-bill", "Server brings the bill the guest asked for", M::Billing)
                                .department("front-of-house")
                                .place(Place::Table)
                                .started_by(Initiator::Customer)
                                .characteristics([C::Accurate, C::Clear]),
                        )
                        .step(
                            step("take-payment", "Payment at the table", M::Payment)
                                .department("front-of-house")
                                .place(Place::Table)
                                .started_by(Initiator::Company)
                                .characteristics([C::Safe]),
                        )
                        .step(
                            step("farewell", "Staff thank the guests and see them out", M::Farewell)
                                .department("front-of-house")
                                .started_by(Initiator::Company)
                                .characteristics([C::Friendly]),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("takeaway", "Takeaway at the counter").phase(
                Phase::builder("counter", "Counter").channels([Ch::FaceToFace]).step(
                    step("order-and-pay", "Guest orders and pays at the counter", M::OrderTaking)
                        .department("front-of-house")
                        .place(Place::Counter)
                        .characteristics([C::Prompt, C::Accurate]),
                ),
            ),
        )
}
