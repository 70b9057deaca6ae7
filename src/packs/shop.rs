//! The shop pack: a shop in a street, whatever it sells (shoes, books,
//! electronics), with a floor, a till and a counter for returns.
//!
//! Written in our own words from public sources of the trade; each rule
//! names its source in its `source` field:
//!
//! - the "ARI Way 5S" store audit, a store-service mystery-shopping form,
//!   a checkout best-practice audit and a store-condition audit
//!   (SafetyCulture public library);
//! - EU Directive 98/6/EC on price indication, art. 3 and art. 6a (the
//!   prior price of a reduction; Commission guidance 2021/C 526/02; CJEU,
//!   26 September 2024);
//! - the UK Consumer Rights Act 2015, ss. 19–24 (faulty goods), and the EU
//!   legal guarantee (Directive (EU) 2019/771);
//! - retail audits with targets (audit-now.com: queue time, link-selling).
//!
//! The pack starts from the words the shop had as an industry and keeps its
//! template. Its rules are narrowed by what a model says of a step, never
//! by what the shop sells: a sale is a payment in a visit that began with
//! the customer coming in or being advised; a refund is a payment after the
//! customer raised a problem.

use super::{
    PackBuilder,
    kit::{self, assemble, rule, tiers},
    templates,
};
use crate::{
    model::Channel as Ch, model::Characteristic as C, model::Factor as F, model::Industry, model::Initiator,
    model::MomentKind as M, model::Place, model::QualityDimension as D, model::ServiceLevel as L,
    model::StandardKind as K, model::TaskAllocation, model::Valuable, rules::Condition,
    rules::ConditionBuilder, rules::RuleBuilder, standard::LevelTargets, standard::PolicyScope as P,
    standard::Target as T,
};

const ARI: &str = "ARI Way 5S store audit (SafetyCulture public library)";
const MYSTERY: &str = "Mystery shopper for store service day (SafetyCulture public library)";
const CHECKOUT: &str = "Checkout best-practice audit (SafetyCulture public library)";
const OUTPOST: &str = "The Outpost store condition audit (SafetyCulture public library)";
const PRICE_DIRECTIVE: &str = "EU Price Indication Directive 98/6/EC";
const CRA: &str = "UK Consumer Rights Act 2015";

/// On the shop floor: face to face.
fn in_shop() -> ConditionBuilder {
    Condition::builder().channels([Ch::FaceToFace])
}

/// The customer walking into the shop: a face-to-face arrival that opens
/// a contact the customer starts.
fn coming_in() -> ConditionBuilder {
    in_shop().moments([M::Welcome]).started_by(Initiator::Customer).opening()
}

/// Paying for a sale: a payment in a sequence where the customer came in
/// or was advised before (not a refund at the returns counter).
fn sale_payment() -> ConditionBuilder {
    in_shop().moments([M::Payment]).after_in_sequence([M::Welcome, M::Consultation])
}

/// The pack: the shop's words, its rules and gestures, its template.
pub(super) fn pack() -> PackBuilder {
    let pack = super::builtin::industry(Industry::Shop, "Shop");
    assemble(pack, essentials(), gestures(), templates::shop())
}

/// The trade's essentials: what a shop manager insists on.
#[rustfmt::skip]
fn essentials() -> Vec<RuleBuilder> {
    vec![
        rule("price-shown", "price-display", K::Product, D::Communication,
            "Show a clear, correct selling price, taxes included, on or beside every item on sale, where {customers} can read it without asking, with the price per unit (per kilogram, per litre) wherever it is required",
            "Pokaż czytelną i poprawną cenę sprzedaży z podatkami przy każdym towarze na sprzedaż, tak by {customers} mogli ją odczytać bez pytania, a tam, gdzie jest wymagana, także cenę jednostkową (za kilogram, za litr)",
            &format!("{PRICE_DIRECTIVE}, art. 3 and 4; {OUTPOST} (all products priced and labelled); {ARI}, Shelf"))
            .critical()
            .when(coming_in())
            .policy(P::Business)
            .targets(LevelTargets::same(T::Always)),
        rule("reduction-shows-prior-price", "price-reductions", K::Product, D::Communication,
            "Beside every announced price reduction, show the prior price, the lowest price charged in the 30 days before it, and work out any percentage off from that price",
            "Przy każdej ogłoszonej obniżce ceny pokaż cenę poprzednią, czyli najniższą cenę stosowaną w ciągu 30 dni przed obniżką, i od niej licz każdy procent obniżki",
            &format!("{PRICE_DIRECTIVE}, art. 6a; Commission guidance 2021/C 526/02; CJEU judgment of 26 September 2024"))
            .critical()
            .when(coming_in())
            .policy(P::Business)
            .targets(LevelTargets::same(T::Always)),
        rule("price-charged-equals-shown", "price-charged", K::Procedure, D::Reliability,
            "Charge every item at the price shown on it or on its shelf; when the till shows a higher price, correct it on the spot before the {customer} pays",
            "Naliczaj za każdy towar cenę pokazaną na nim lub na półce; gdy kasa pokazuje wyższą cenę, popraw ją od razu, zanim {customer} zapłaci",
            &format!("{PRICE_DIRECTIVE}, art. 3; {OUTPOST} (all products correctly priced)"))
            .critical()
            .when(sale_payment())
            .targets(LevelTargets::same(T::Always)),
        rule("cash-and-change", "cash-handling", K::Procedure, D::Reliability,
            "When the {customer} pays in cash, say the amount handed over, check the notes, keep them in view until the change is given, and count the change back into their hand",
            "Gdy {customer} płaci gotówką, powiedz, jaką kwotę otrzymujesz, sprawdź banknoty, trzymaj je na widoku do wydania reszty i odlicz resztę do ręki",
            &format!("{CHECKOUT} (till control); shop research notes, cash handed over is a zero-defect step"))
            .critical()
            .when(sale_payment())
            .targets(LevelTargets::same(T::Always)),
        rule("refund-to-means-of-payment", "refund-method", K::Procedure, D::Assurance,
            "Refund the full amount due the way the {customer} paid: to the same card, or in cash counted back into their hand; never as a voucher unless they ask for one",
            "Zwracaj całą należną kwotę tak, jak {customer} zapłacił: na tę samą kartę albo gotówką odliczoną do ręki; nigdy bonem, chyba że sam o niego poprosi",
            &format!("{CRA}, s. 20(15) and (16) (refund by the same means of payment, without undue delay, within 14 days)"))
            .critical()
            .when(in_shop().moments([M::Payment]).after_in_sequence([M::Exception]))
            .targets(LevelTargets::same(T::Always)),
        rule("faulty-goods-remedy", "faulty-goods", K::Procedure, D::Assurance,
            "For an item brought back faulty, give the remedy the law gives yourself, never sending the {customer} to the maker: a repair or a replacement, then a price cut or a refund, under the legal guarantee (at least 2 years in the EU), and a full refund at once where the law gives one (in the UK within the first 30 days)",
            "Za towar zwrócony jako wadliwy sam zapewnij środek, który przewiduje prawo, nigdy nie odsyłając {customer:gen} do producenta: naprawę lub wymianę, a dalej obniżkę ceny lub zwrot pieniędzy, w ramach rękojmi (w UE co najmniej 2 lata), a natychmiastowy pełny zwrot tam, gdzie daje go prawo (w Wielkiej Brytanii w pierwszych 30 dniach)",
            &format!("{CRA}, ss. 19–24 (short-term right to reject, repair or replacement, price reduction or final rejection); Directive (EU) 2019/771 (2-year legal guarantee)"))
            .critical()
            .once_per_contact()
            .when(in_shop().moments([M::Exception]).started_by(Initiator::Customer))
            .targets(LevelTargets::same(T::Always)),
        rule("return-terms-at-till", "return-terms", K::Procedure, D::Communication,
            "Tell the {customer} at the till the {place}'s own exchange and return terms, if it has any, and print them on the {bill}; never present them as limiting the statutory rights for faulty goods",
            "Przy kasie powiedz {customer:dat}, jakie są własne zasady wymiany i zwrotu w {place:loc}, jeśli je ma, i wydrukuj je na {bill:loc}; nigdy nie przedstawiaj ich jako ograniczenia ustawowych praw przy wadliwym towarze",
            &format!("{CRA} (a trader may extend the right to reject, never shorten it; no automatic right to cancel a purchase made in the shop)"))
            .once_per_contact()
            .when(in_shop().moments([M::Payment]).after_in_sequence([M::Welcome, M::Consultation]))
            .targets(LevelTargets::same(T::Always)),
        rule("all-goods-taken", "left-behind", K::Procedure, D::Reliability,
            "As the {customer} leaves the till, make sure they take every item they paid for and the {bill}; keep anything left behind safe and log it with the date and time",
            "Gdy {customer} odchodzi od kasy, upewnij się, że zabiera każdy opłacony towar i {bill:acc}; wszystko, co zostało, przechowaj bezpiecznie i zapisz z datą i godziną",
            &format!("{CHECKOUT} (the customer takes all their goods; a left-behind book)"))
            .when(in_shop().moments([M::Farewell]).after_in_sequence([M::Payment]))
            .targets(LevelTargets::same(T::Always)),
        rule("checkout-queue", "queue-time", K::Procedure, D::Responsiveness,
            "Serve every waiting {customer} {target}: when a queue builds, call a colleague away from other work to help",
            "Obsłuż każdego czekającego {customer:acc} {target}: gdy tworzy się kolejka, odwołaj kolegę od innej pracy do pomocy",
            &format!("audit-now.com, retail customer service audit (queue time 5 minutes); {ARI}, Service (3 minutes); {MYSTERY} (someone acted to shorten the queue)"))
            .when(in_shop().moments([M::Waiting]))
            .targets(tiers(T::within_mins(5), T::within_mins(3), T::within_mins(2))),
        rule("lights-working", "ambient-conditions", K::Product, D::Tangibles,
            "Keep every light of the shop floor, the windows and the till working, and the {place} at a comfortable temperature; report a failed light at once and have it replaced",
            "Dbaj, by działało każde światło na sali sprzedaży, w witrynach i przy kasie, a w {place:loc} panowała komfortowa temperatura; przepalone światło zgłoś od razu i doprowadź do jego wymiany",
            &format!("{ARI}, Shop (all lights working)"))
            .when(coming_in())
            .policy(P::Business)
            .targets(LevelTargets::same(T::Always)),
        rule("fittings-in-repair", "equipment-condition", K::Product, D::Tangibles,
            "Keep the shelves, display units, counters and every other fitting {customers} use or see clean and in good repair; take a broken one out of use or out of sight at once and have it mended",
            "Utrzymuj regały, meble ekspozycyjne, lady i każde inne wyposażenie, z którego korzystają lub które widzą {customers}, w czystości i dobrym stanie; uszkodzone od razu wyłącz z użytku lub usuń z widoku i oddaj do naprawy",
            &format!("{ARI}, Shop (fixtures and fittings in good condition)"))
            .when(coming_in())
            .policy(P::Business)
            .targets(LevelTargets::same(T::Always)),
        rule("devices-working", "machine-uptime", K::Product, D::Reliability,
            "Check at opening that every device {customers} use or are shown works: the card terminal, and any price checker, self-checkout or device on demonstration; mark one that fails as out of order at once and have it repaired",
            "Przy otwarciu sprawdź, czy działa każde urządzenie, z którego korzystają {customers} lub które im się pokazuje: terminal płatniczy oraz każdy czytnik cen, kasa samoobsługowa czy urządzenie demonstracyjne; niedziałające od razu oznacz jako nieczynne i oddaj do naprawy",
            &format!("{ARI}, Shop (every customer-facing device working as specified)"))
            .when(coming_in())
            .policy(P::Business)
            .targets(LevelTargets::same(T::Always)),
        rule("displays-to-the-plan", "product-displays", K::Product, D::Tangibles,
            "Keep every display and shelf as the {place}'s display plan lays it out, refilled from stock so that the best sellers are never missing, and every item on show clean, undamaged and complete; take a soiled or damaged item off the floor",
            "Utrzymuj każdą ekspozycję i półkę zgodnie z planem ekspozycji {place:gen}, uzupełnianą z zapasu tak, by nigdy nie brakowało najlepiej sprzedających się towarów, a każdy wystawiony towar był czysty, nieuszkodzony i kompletny; zabrudzony lub uszkodzony towar zdejmij z sali sprzedaży",
            &format!("{ARI}, Shelf (visual merchandising to the guidelines; products clean and in good condition; shelves fully stocked with the best sellers)"))
            .when(coming_in())
            .policy(P::Business)
            .targets(LevelTargets::same(T::Always)),
        rule("promotions-to-the-calendar", "printed-materials", K::Product, D::Communication,
            "Put up each promotion the {place} runs, with its signs and tickets, on the day it starts, and take it down on the day it ends; never leave an expired offer or a faded sign on display",
            "Wywieszaj każdą promocję {place:gen} wraz z oznaczeniami i etykietami w dniu jej rozpoczęcia i zdejmuj ją w dniu zakończenia; nigdy nie zostawiaj na widoku nieaktualnej oferty ani wyblakłego oznaczenia",
            &format!("{ARI}, Shelf (promotions on display, to the promotions calendar)"))
            .when(coming_in())
            .policy(P::Business)
            .targets(LevelTargets::same(T::Always)),
        rule("taken-to-the-item", "escort", K::PersonalContact, D::Empathy,
            "When a {customer} asks where an item is, walk them to it rather than point; when you cannot leave another {customer}, tell them politely exactly where it is",
            "Gdy {customer} pyta, gdzie jest towar, zaprowadź go na miejsce zamiast wskazywać ręką; gdy nie możesz odejść od innego {customer:gen}, grzecznie powiedz, gdzie dokładnie go znajdzie",
            &format!("{ARI}, Service (customers taken to products or politely directed)"))
            .once_per_contact()
            .when(in_shop().moments([M::Consultation]).characteristics([C::Helpful]).after_in_phase([M::Welcome]))
            .targets(LevelTargets::same(T::Always)),
        rule("escape-routes-clear", "escape-routes", K::Product, D::Assurance,
            "Never block an emergency exit or an escape route with stock or displays; keep exits marked and fire equipment within reach",
            "Nigdy nie zastawiaj wyjścia ewakuacyjnego ani drogi ewakuacyjnej towarem lub ekspozycją; dbaj o oznakowanie wyjść i dostęp do sprzętu przeciwpożarowego",
            &format!("{OUTPOST} (emergency exits clearly marked and clear, safety equipment accessible); {ARI}, Shop"))
            .critical()
            .policy(P::Business)
            .when(coming_in())
            .targets(LevelTargets::same(T::Never)),
        rule("link-selling", "cross-selling", K::PersonalContact, D::Empathy,
            "Once the {customer} has chosen, suggest one item that goes with it or point out a current offer, such as one shown at the till, only where it helps them, and drop it after a no",
            "Gdy {customer} już wybrał, zaproponuj jeden pasujący towar lub wskaż aktualną ofertę, na przykład wystawioną przy kasie, tylko jeśli mu się przyda, i nie wracaj do tego po odmowie",
            &format!("{ARI}, Selling (impulse offers at the point of sale pointed out; link-selling and upselling once the main purchase is agreed); audit-now.com (upselling attempts counted)"))
            .once_per_contact()
            .when(in_shop().moments([M::Consultation]).characteristics([C::Helpful]).from_level(L::Expected))
            .targets(LevelTargets::new().at(L::Expected, T::Always).at(L::Exclusive, T::Always)),
    ]
}

/// The trade's exclusive gestures: what a customer notices and did not expect.
#[rustfmt::skip]
fn gestures() -> Vec<RuleBuilder> {
    let exclusive = |target| LevelTargets::new().at(L::Exclusive, target);
    vec![
        kit::honest_recommendation("shop research notes, exclusive gestures (advice in the customer's interest)"),
        rule("round-the-counter", "hand-over", K::PersonalContact, D::Empathy,
            "Come round the counter to hand the {customer} their purchase",
            "Wyjdź zza lady, by wręczyć {customer:dat} zakup",
            "shop research notes, exclusive gestures (proposal: the hand-over of a boutique)")
            .when(in_shop().moments([M::Delivery]).places([Place::Counter]).hands_over([Valuable::Goods]))
            .targets(exclusive(T::Always)),
        rule("regulars-told-new-stock", "new-stock-for-regulars", K::PersonalContact, D::Empathy,
            "Tell a regular {customer} what has come in in their size or to their taste, and offer to put it aside for them",
            "Powiedz stałemu {customer:dat}, co przyszło w jego rozmiarze lub w jego guście, i zaproponuj, że odłożysz to dla niego",
            "shop research notes, exclusive gestures (regular customer told about new stock)")
            .once_per_contact()
            .when(in_shop().moments([M::Consultation]))
            .targets(exclusive(T::Always)),
        rule("special-order-brought-home", "special-order-delivery", K::Procedure, D::Convenience,
            "Offer to bring an item ordered for the {customer} to their home when it comes in, at no charge",
            "Zaproponuj {customer:dat} bezpłatne dostarczenie zamówionego towaru do domu, gdy tylko dotrze",
            &format!("{MYSTERY} (out-of-stock item: alternative or order); shop research notes, exclusive gestures"))
            .when(in_shop().moments([M::OrderTaking]).factors([F::TaskAllocation(TaskAllocation::ServiceAndSales), F::TaskAllocation(TaskAllocation::FullRelationship)]))
            .targets(exclusive(T::Always)),
        rule("gift-wrapped", "gift-wrapping", K::Product, D::Empathy,
            "Offer to gift-wrap a purchase the {customer} mentions as a present, free, with a card they can write on",
            "Zaproponuj bezpłatne zapakowanie na prezent zakupu, o którym {customer} mówi, że jest prezentem, z kartką do wpisania życzeń",
            "shop research notes, exclusive gestures (gift wrapping for purchases mentioned as gifts)")
            .once_per_contact()
            .when(sale_payment())
            .targets(exclusive(T::Always)),
        rule("bags-to-the-door", "departure-care", K::PersonalContact, D::Empathy,
            "Walk the {customer} to the door with their bags, and carry heavy or bulky purchases to their car",
            "Odprowadź {customer:acc} do drzwi z torbami, a ciężkie lub duże zakupy zanieś do samochodu",
            &format!("{CHECKOUT} (help to the car with bags); shop research notes, exclusive gestures"))
            .when(in_shop().moments([M::Farewell]))
            .targets(exclusive(T::Always)),
        rule("faulty-exchanged-on-the-spot", "faulty-exchange", K::Procedure, D::Convenience,
            "Exchange a faulty item on the spot with no form to fill in, taking the card payment as proof of purchase when the {bill} is lost",
            "Wymień wadliwy towar od ręki, bez formularzy, a gdy {bill} zaginął, przyjmij płatność kartą jako dowód zakupu",
            "shop research notes, exclusive gestures (exchange with the card transaction as proof of purchase)")
            .once_per_contact()
            .when(in_shop().moments([M::Exception]).started_by(Initiator::Customer))
            .targets(exclusive(T::Always)),
    ]
}
