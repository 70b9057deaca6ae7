//! The e-shop pack: an online shop selling physical goods to consumers,
//! with customer service by e-mail, chat and phone, parcel delivery, and
//! returns under the right of withdrawal.
//!
//! Written in our own words from public sources of the trade; each rule
//! names its source in its `source` field:
//!
//! - Konsument Europa (European Consumer Centre Sweden), checklist for
//!   traders: information requirements and delivery;
//! - the Consumer Rights Directive 2011/83/EU (art. 6, 8, 9–14, 18, 22) as
//!   Your Europe, Fondia, ECC Slovakia and the Slovenian Consumers'
//!   Association explain it;
//! - the E-commerce Directive 2000/31/EC, art. 5, 10 and 11, and the UK
//!   Electronic Commerce Regulations 2002, reg. 11;
//! - the EU consumer sweeps of e-shops, and Regulation 2024/3228 ending the
//!   ODR platform;
//! - e-commerce response-time benchmarks (Bookbag, EntrepreneurBytes).

use super::{
    PackBuilder,
    kit::{self, assemble, days, department, noun, rule, step, tiers},
};
use crate::{
    model::CapacityControl, model::Channel as Ch, model::Characteristic as C, model::ContactLevel,
    model::DataUse, model::DeliverySpan, model::Initiator, model::MomentKind as M, model::Noun, model::Phase,
    model::Place, model::QualityDimension as D, model::Sequence, model::ServiceLevel as L,
    model::ServiceModel, model::ServiceModelBuilder, model::ServiceProfile, model::StandardKind as K,
    model::TaskAllocation, model::Valuable, rules::Condition, rules::ConditionBuilder, rules::Pack,
    rules::RuleBuilder, standard::LevelTargets, standard::Target as T,
};

const CHECKLIST: &str = "Konsument Europa (ECC Sweden), checklist for traders";
const CRD: &str = "Consumer Rights Directive 2011/83/EU";
const ECD: &str = "E-commerce Directive 2000/31/EC";
const BENCHMARKS: &str = "e-commerce response-time benchmarks (Bookbag; EntrepreneurBytes)";

/// The shop's own pages: what a visitor reads before buying, with no one
/// from the shop in the contact.
fn on_the_site() -> ConditionBuilder {
    Condition::builder().channels([Ch::SelfService]).moments([M::Information]).started_by(Initiator::Customer)
}

/// The checkout: the order taken on the site.
fn checkout() -> ConditionBuilder {
    Condition::builder().channels([Ch::SelfService]).moments([M::OrderTaking]).data([DataUse::Records])
}

/// What the customer sends after the sale: a withdrawal (a request) or a
/// complaint.
fn raised() -> ConditionBuilder {
    Condition::builder()
        .moments([M::Exception, M::Request])
        .started_by(Initiator::Customer)
        .data([DataUse::Records])
}

/// A question the customer opens in writing or on the phone.
fn question() -> ConditionBuilder {
    Condition::builder().moments([M::Consultation, M::Information]).started_by(Initiator::Customer).opening()
}

/// Anything a customer writes in to start: a question, a cancellation, a
/// complaint. One inbox, one reply time, whatever the message is about.
fn written_in() -> ConditionBuilder {
    Condition::builder().started_by(Initiator::Customer).opening()
}

/// The pack.
pub(super) fn pack() -> PackBuilder {
    let mut pack = Pack::builder("e-shop", "E-shop");
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
        ("order", "orders"),
        [
            ["zamówienie", "zamówienia", "zamówieniu", "zamówienie", "zamówieniem", "zamówieniu"],
            ["zamówienia", "zamówień", "zamówieniom", "zamówienia", "zamówieniami", "zamówieniach"],
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
        ("online shop", "online shops"),
        [
            [
                "sklep internetowy",
                "sklepu internetowego",
                "sklepowi internetowemu",
                "sklep internetowy",
                "sklepem internetowym",
                "sklepie internetowym",
            ],
            [
                "sklepy internetowe",
                "sklepów internetowych",
                "sklepom internetowym",
                "sklepy internetowe",
                "sklepami internetowymi",
                "sklepach internetowych",
            ],
        ],
    );
    assemble(pack, essentials(), gestures(), template())
}

/// The trade's essentials: what an e-commerce manager insists on.
#[rustfmt::skip]
#[allow(clippy::too_many_lines, reason = "the pack's rules are one table of data")]
fn essentials() -> Vec<RuleBuilder> {
    vec![
        // ── Before the order: what the site says ─────────────────────────────
        rule("trader-identity-shown", "trader-identity", K::Product, D::Assurance,
            "Show, one click from every page of the {place}, the shop's full trading name, street address, e-mail and phone, its trade-register name and number and its VAT number",
            "Pokazuj, jedno kliknięcie od każdej strony {place:gen}, pełną nazwę firmy, adres, e-mail i telefon, nazwę rejestru i numer wpisu oraz numer VAT",
            &format!("{CHECKLIST}, information requirements; {CRD}, art. 6(1)(b)–(c); {ECD}, art. 5"))
            .critical()
            .once_per_contact()
            .when(on_the_site())
            .targets(LevelTargets::same(T::Always)),
        rule("main-characteristics-shown", "product-information", K::Product, D::Communication,
            "Describe on every product page the product's main characteristics: what it is, its size, material, compatibility and what is in the box",
            "Opisuj na każdej stronie produktu jego główne cechy: czym jest, rozmiar, materiał, zgodność i zawartość opakowania",
            &format!("{CHECKLIST}, information requirements; {CRD}, art. 6(1)(a)"))
            .critical()
            .when(on_the_site())
            .targets(LevelTargets::same(T::Always)),
        rule("reduction-shows-prior-price", "price-reductions", K::Product, D::Assurance,
            "Show beside every price reduction the lowest price of the previous 30 days as the price it is reduced from",
            "Przy każdej obniżce ceny pokazuj jako cenę sprzed obniżki najniższą cenę z ostatnich 30 dni",
            "Price Indication Directive 98/6/EC, art. 6a; EU consumer sweep of e-shops (suspect discounts on 31 % of sites)")
            .critical()
            .when(on_the_site())
            .targets(LevelTargets::same(T::Always)),
        rule("delivery-date-stated", "delivery-date", K::Procedure, D::Communication,
            "State on the product page and at checkout, for each delivery option, the date by which the {order} will be delivered and any place the shop does not deliver to",
            "Podawaj na stronie produktu i przy kasie, dla każdej formy dostawy, termin, do którego {order} zostanie dostarczone, oraz miejsca, do których sklep nie dostarcza",
            &format!("{CHECKLIST}, information requirements; {CRD}, art. 6(1)(g); Your Europe, contract information (delivery restrictions)"))
            .critical()
            .when(on_the_site())
            .targets(LevelTargets::same(T::Always)),
        rule("withdrawal-info-before-order", "withdrawal-information", K::Procedure, D::Communication,
            "Tell the {customer} before the {order} of the 14-day right of withdrawal: when it starts, how to use it and how to cancel, the model form, who pays the return and what it costs, and which products it does not cover",
            "Przed złożeniem {order:gen} poinformuj {customer:acc} o 14-dniowym prawie odstąpienia od umowy: kiedy biegnie, jak z niego skorzystać i jak odstąpić, o wzorze formularza, o tym, kto płaci za zwrot i ile on kosztuje, oraz których produktów prawo to nie obejmuje",
            &format!("{CHECKLIST}, information requirements; {CRD}, art. 6(1)(h)–(k) and art. 16; ECC Slovakia, 14 days to change your mind; EU consumer sweep (withdrawal information missing on 63 % of sites)"))
            .critical()
            .when(on_the_site())
            .targets(LevelTargets::same(T::Always)),
        rule("legal-guarantee-info", "guarantee-information", K::Procedure, D::Communication,
            "Remind {customers} of the 2-year legal guarantee for faulty goods, and describe any commercial guarantee apart from it",
            "Przypominaj {customers:dat} o 2-letniej ustawowej odpowiedzialności za wady towaru, a gwarancję handlową opisuj osobno",
            &format!("{CRD}, art. 6(1)(l); EU consumer sweep of e-shops; Times of Malta consumer advice (16 February 2020)"))
            .critical()
            .once_per_contact()
            .when(on_the_site())
            .targets(LevelTargets::same(T::Always)),
        rule("adr-info-no-odr-link", "dispute-resolution-info", K::Procedure, D::Communication,
            "Say on the {place} whether the shop takes part in consumer dispute resolution and name the body; refer no longer to the closed EU ODR platform",
            "Podaj w {place:loc}, czy sklep uczestniczy w pozasądowym rozwiązywaniu sporów konsumenckich, i wskaż ten podmiot; nie odsyłaj już do zamkniętej unijnej platformy ODR",
            "ADR Directive 2013/11/EU, art. 13; Regulation 2024/3228 (ODR platform closed on 20 July 2025); Bird & Bird, the end of the ODR platform")
            .critical()
            .once_per_contact()
            .when(on_the_site())
            .targets(LevelTargets::same(T::Always)),
        rule("service-hours-shown", "service-hours", K::Procedure, D::Convenience,
            "Show on the {place} every way to reach customer service, with its hours",
            "Pokazuj w {place:loc} wszystkie sposoby kontaktu z obsługą klienta wraz z godzinami ich działania",
            &format!("{BENCHMARKS} (the after-hours gap)"))
            .once_per_contact()
            .when(on_the_site())
            .targets(LevelTargets::same(T::Always)),
        // ── The checkout ─────────────────────────────────────────────────────
        rule("basket-reviewed-and-corrected", "input-correction", K::Procedure, D::Reliability,
            "Explain the steps of the checkout, and let the {customer} review and correct the items, quantities, address and payment details before placing the {order}",
            "Wyjaśnij kolejne kroki składania zamówienia i pozwól {customer:dat} sprawdzić i poprawić produkty, ilości, adres i dane płatności przed złożeniem {order:gen}",
            &format!("{ECD}, art. 10(1) and 11(2); UK Electronic Commerce Regulations 2002, reg. 11; {CHECKLIST}, information requirements (the details of the order)"))
            .critical()
            .when(checkout().characteristics([C::Clear]))
            .targets(LevelTargets::same(T::Always)),
        rule("total-price-before-order", "price-transparency", K::Product, D::Assurance,
            "Show the total price of the {order}, with taxes, delivery, payment fees and every other charge, before the {customer} places it, and never add anything after",
            "Pokaż łączną cenę {order:gen}, z podatkami, dostawą, opłatami za płatność i każdą inną opłatą, zanim {customer} je złoży, i niczego potem nie doliczaj",
            &format!("{CHECKLIST}, information requirements; {CRD}, art. 6(1)(e) and 6(6); EU consumer sweep (final price above the first price shown)"))
            .critical()
            .when(checkout().characteristics([C::Clear]))
            .targets(LevelTargets::same(T::Always)),
        rule("terms-to-keep", "contract-terms", K::Product, D::Communication,
            "Let the {customer} save or print the terms before ordering, with the languages the contract can be made in, the payment and delivery arrangements, and which law applies, saying that the protection of the {customer}'s home law stays",
            "Pozwól {customer:dat} zapisać lub wydrukować regulamin przed złożeniem zamówienia, z językami, w których można zawrzeć umowę, zasadami płatności i dostawy oraz prawem właściwym, z informacją, że ochrona prawa kraju {customer:gen} pozostaje",
            &format!("{ECD}, art. 10(1)(d) and 10(3); {CHECKLIST}, information requirements (payment and delivery, choice of law)"))
            .critical()
            .when(checkout().characteristics([C::Clear]))
            .targets(LevelTargets::same(T::Always)),
        rule("order-button-says-pay", "order-button", K::Procedure, D::Assurance,
            "Label the final button so that it says the {order} obliges the {customer} to pay, and pre-tick no paid extra",
            "Oznacz ostatni przycisk tak, by mówił, że {order} zobowiązuje {customer:acc} do zapłaty, i nie zaznaczaj z góry żadnej płatnej opcji",
            &format!("{CRD}, art. 8(2) and art. 22; rivero.it, rules for online shops"))
            .critical()
            .when(checkout().characteristics([C::Honest]))
            .targets(LevelTargets::same(T::Always)),
        // ── After the order: acknowledgement, contract, dispatch ─────────────
        rule("order-acknowledged", "order-confirmation", K::Procedure, D::Responsiveness,
            "Acknowledge every {order} by e-mail {target} of its being placed",
            "Potwierdzaj otrzymanie każdego {order:gen} e-mailem {target} od jego złożenia",
            &format!("{ECD}, art. 11(1) (receipt acknowledged without undue delay); trade notes, essential 9 (proposed times)"))
            .critical()
            .when(Condition::builder().moments([M::Information]).started_by(Initiator::Company).channels([Ch::Email]).characteristics([C::Prompt]).after_in_sequence([M::OrderTaking]))
            .targets(tiers(T::within_hours(1), T::within_mins(5), T::within_mins(1))),
        rule("contract-on-a-durable-medium", "order-confirmation", K::Procedure, D::Reliability,
            "Send the {customer} the contract on a durable medium (an e-mail with the terms, or a PDF), repeating the information given before the {order}, with the withdrawal instructions and form, at the latest when the goods are delivered; a web page is not enough",
            "Prześlij {customer:dat} umowę na trwałym nośniku (e-mailem z regulaminem lub w pliku PDF), z informacjami podanymi przed złożeniem {order:gen} oraz pouczeniem i formularzem odstąpienia, najpóźniej w chwili dostarczenia towaru; strona internetowa nie wystarczy",
            &format!("{CRD}, art. 8(7); Fondia, confirmation to consumers; Belgian guidance on the durable medium"))
            .critical()
            .when(Condition::builder().moments([M::Information]).started_by(Initiator::Company).hands_over([Valuable::Documents]))
            .targets(LevelTargets::same(T::Always)),
        rule("dispatch-with-tracking", "tracking", K::Procedure, D::Communication,
            "Tell the {customer} when the parcel leaves, with a link to track it",
            "Poinformuj {customer:acc}, gdy paczka zostanie nadana, i podaj link do śledzenia przesyłki",
            &format!("{BENCHMARKS} (order-status questions are 25–50 % of tickets)"))
            .when(Condition::builder().moments([M::Information]).started_by(Initiator::Company).characteristics([C::Proactive]))
            .targets(LevelTargets::same(T::Always)),
        rule("delivered-by-the-date", "punctuality", K::Procedure, D::Reliability,
            "Deliver every {order} by the date stated at checkout; where no date was agreed, without undue delay and within 30 days of the contract",
            "Dostarczaj każde {order} w terminie podanym przy kasie; gdy termin nie został uzgodniony, bez zbędnej zwłoki i w ciągu 30 dni od zawarcia umowy",
            &format!("{CRD}, art. 18(1); {CHECKLIST}, delivery; ECC Finland, delivery time"))
            .critical()
            .when(Condition::builder().moments([M::Delivery]).hands_over([Valuable::Goods]).characteristics([C::Punctual]))
            .targets(LevelTargets::same(T::Always)),
        rule("delay-told-with-a-choice", "disruption-notice", K::Procedure, D::Communication,
            "Tell the {customer} before the promised date that the {order} will be late, with a new firm date and the choice to cancel",
            "Powiadom {customer:acc} przed obiecanym terminem, że {order} się spóźni, podając nowy pewny termin i możliwość rezygnacji",
            &format!("{CHECKLIST}, delivery (an additional period, or ending the contract); trade notes, essential 13 (proposed: before the customer chases)"))
            .when(Condition::builder().moments([M::Disruption]).started_by(Initiator::Company))
            .targets(LevelTargets::same(T::Always)),
        rule("new-date-as-it-changes", "disruption-updates", K::Procedure, D::Communication,
            "Until the {order} arrives, tell the {customer} of each new delivery date as soon as it is known",
            "Dopóki {order} nie dotrze, informuj {customer:acc} o każdym nowym terminie dostawy, gdy tylko jest znany",
            &format!("{CHECKLIST}, delivery; {BENCHMARKS} (order-status questions)"))
            .when(Condition::builder().moments([M::Disruption]).started_by(Initiator::Company))
            .targets(LevelTargets::same(T::Always)),
        rule("late-order-refunded", "late-delivery", K::Procedure, D::Reliability,
            "Accept the {customer}'s additional period for a late {order}, or their ending the contract at once where the date was essential or the additional period has passed, and then refund everything paid without undue delay",
            "Przyjmij dodatkowy termin wyznaczony przez {customer:acc} dla spóźnionego {order:gen} albo odstąpienie od umowy od razu, gdy termin był istotny lub dodatkowy termin minął, a wtedy bez zbędnej zwłoki zwróć wszystko, co zapłacił",
            &format!("{CRD}, art. 18(2)–(3); {CHECKLIST}, delivery"))
            .critical()
            .when(Condition::builder().moments([M::Disruption]).started_by(Initiator::Company))
            .targets(LevelTargets::same(T::Always)),
        // ── Questions ────────────────────────────────────────────────────────
        rule("email-answered", "first-reply-email", K::Procedure, D::Responsiveness,
            "Answer every e-mail from a {customer} {target} with a real answer; an automatic reply does not count",
            "Odpowiadaj na każdy e-mail od {customer:gen} {target}, merytorycznie; automatyczna odpowiedź się nie liczy",
            &format!("{BENCHMARKS}; oxaide.com, response-time guide (auto-replies are no first response)"))
            .when(written_in().channels([Ch::Email]))
            .targets(tiers(T::within_hours(24), T::within_hours(4), T::within_mins(90))),
        rule("chat-answered", "first-reply-chat", K::Procedure, D::Responsiveness,
            "Give every chat opened in service hours a first reply from a person, or a bot that can solve it, {target}",
            "Na każdy czat otwarty w godzinach pracy obsługi odpowiedz po raz pierwszy, przez człowieka lub bota, który potrafi sprawę rozwiązać, {target}",
            BENCHMARKS)
            .when(written_in().channels([Ch::Chat]))
            .targets(tiers(T::within_mins(3), T::within_secs(30), T::within_secs(15))),
        // ── Withdrawal, refund and faulty goods ──────────────────────────────
        rule("withdrawal-accepted", "complaint-resolution", K::Procedure, D::Convenience,
            "Accept any clear statement of withdrawal made within the period, with or without the model form, confirm its receipt and send the return address and instructions",
            "Przyjmij każde jednoznaczne oświadczenie o odstąpieniu od umowy złożone w terminie, na wzorze formularza lub bez niego, potwierdź jego otrzymanie i prześlij adres i instrukcję zwrotu",
            &format!("{CRD}, art. 11; ECC Slovakia, 14 days to change your mind"))
            .critical()
            .when(raised().characteristics([C::Flexible]))
            .targets(LevelTargets::same(T::Always)),
        rule("refund-within-14-days", "refund", K::Procedure, D::Reliability,
            "Refund every payment, the standard delivery charge included, within 14 days of the withdrawal notice, by the means the {customer} paid with and free of charge; hold it back only until the goods or proof of their sending arrive",
            "Zwróć wszystkie płatności, łącznie z kosztem standardowej dostawy, w ciągu 14 dni od otrzymania oświadczenia o odstąpieniu, tą samą metodą, którą zapłacił {customer}, i bez opłat; wstrzymaj zwrot tylko do chwili otrzymania towaru lub dowodu jego odesłania",
            &format!("{CRD}, art. 13; ECC Slovakia, 14 days to change your mind; Slovenian Consumers' Association, know your rights when shopping online"))
            .critical()
            .when(Condition::builder().moments([M::Payment]).started_by(Initiator::Company).hands_over([Valuable::Cash]))
            .targets(LevelTargets::same(T::Always)),
        rule("return-cost-as-announced", "return-cost", K::Product, D::Assurance,
            "Deduct from a refund only the direct cost of sending the goods back, and only where the {customer} was told of it before the {order}",
            "Potrącaj ze zwrotu tylko bezpośredni koszt odesłania towaru i tylko wtedy, gdy {customer} został o nim poinformowany przed złożeniem {order:gen}",
            &format!("{CRD}, art. 6(1)(i) and 14(1); Slovenian Consumers' Association, know your rights when shopping online"))
            .critical()
            .when(Condition::builder().moments([M::Payment]).started_by(Initiator::Company).hands_over([Valuable::Cash]))
            .targets(LevelTargets::same(T::Always)),
        rule("faulty-goods-answered", "complaint-resolution", K::Procedure, D::Responsiveness,
            "Answer a complaint about a faulty or wrong item {target}",
            "Odpowiedz na reklamację wadliwego lub niewłaściwego towaru {target}",
            "trade notes, essential 17 (the Polish 14-day term, not verified; shorter times proposed)")
            .when(raised().characteristics([C::Helpful]))
            .targets(tiers(days(14), days(2), days(1))),
        rule("legal-guarantee-honoured", "guarantee-remedy", K::Procedure, D::Reliability,
            "Put a faulty or wrong item right under the legal guarantee by repair, replacement, a price reduction or a refund, with no cost of return to the {customer}",
            "Usuń wadę lub pomyłkę w ramach ustawowej odpowiedzialności za wady: naprawą, wymianą, obniżeniem ceny lub zwrotem pieniędzy, bez kosztów odesłania dla {customer:gen}",
            &format!("{CRD}, art. 6(1)(l) (the legal guarantee); Directive 2019/771 on the sale of goods, art. 13–14; EU consumer sweep of e-shops"))
            .critical()
            .when(Condition::builder().moments([M::Delivery]).started_by(Initiator::Company).hands_over([Valuable::Goods, Valuable::Cash]).characteristics([C::Helpful]))
            .targets(LevelTargets::same(T::Always)),
    ]
}

/// The trade's exclusive gestures: what a customer notices and did not expect.
#[rustfmt::skip]
fn gestures() -> Vec<RuleBuilder> {
    let exclusive = |target| LevelTargets::new().at(L::Exclusive, target);
    vec![
        kit::honest_recommendation("e-shop research notes, exclusive gestures (advice in the customer's interest)"),
        rule("easy-open-reusable-box", "packaging", K::Product, D::Convenience,
            "Pack the {order} so that it opens without a knife and can go back in the same box with the label enclosed",
            "Pakuj {order:acc} tak, by dało się je otworzyć bez noża i odesłać w tym samym pudełku z dołączoną etykietą",
            "e-shop research notes, exclusive gestures (proposal: packaging made for the return)")
            .when(Condition::builder().moments([M::Delivery]).characteristics([C::Accurate]))
            .targets(exclusive(T::Always)),
        rule("discreet-packaging", "discretion", K::Product, D::Empathy,
            "Hand over the parcel in packaging that does not show what is inside or where it comes from",
            "Wydawaj przesyłkę w opakowaniu, które nie zdradza, co jest w środku ani skąd pochodzi",
            "e-shop research notes, exclusive gestures (proposal: discreet packaging for health and beauty products)")
            .when(Condition::builder().moments([M::Delivery]).characteristics([C::Discreet]))
            .targets(exclusive(T::Always)),
        rule("late-parcel-delivery-refunded", "late-parcel", K::Procedure, D::Empathy,
            "When a {customer} asks about an {order} that is late, refund the delivery charge without their asking",
            "Gdy {customer} pyta o spóźnione {order:acc}, zwróć mu koszt dostawy, zanim o to poprosi",
            "e-shop research notes, exclusive gestures (proposal: a late parcel made good unasked)")
            .once_per_contact()
            .when(Condition::builder().moments([M::Information]).started_by(Initiator::Customer).channels([Ch::Chat, Ch::Telephone, Ch::Email]))
            .targets(exclusive(T::Always)),
        rule("delivery-slot-guaranteed", "delivery-slot", K::Procedure, D::Reliability,
            "Let the {customer} choose a guaranteed delivery day and time slot at checkout",
            "Pozwól {customer:dat} wybrać przy zamówieniu gwarantowany dzień i przedział godzin dostawy",
            "trade notes, exclusive gestures")
            .when(checkout().characteristics([C::Clear]))
            .targets(exclusive(T::Always)),
        rule("prepaid-return-label", "return-label", K::Procedure, D::Convenience,
            "Send a prepaid return label, or have the courier collect the return at home, even where the law lets the shop charge for it",
            "Prześlij opłaconą etykietę zwrotną albo zamów kuriera po zwrot do domu, nawet gdy prawo pozwala za to pobrać opłatę",
            "trade notes, exclusive gestures")
            .when(raised().characteristics([C::Flexible]))
            .targets(exclusive(T::Always)),
        rule("refund-on-carrier-scan", "refund-speed", K::Procedure, D::Responsiveness,
            "Pay the refund as soon as the carrier scans the return, without waiting for the warehouse check",
            "Wypłać zwrot, gdy tylko przewoźnik zeskanuje przesyłkę zwrotną, nie czekając na sprawdzenie w magazynie",
            "trade notes, exclusive gestures")
            .when(Condition::builder().moments([M::Payment]).started_by(Initiator::Company).hands_over([Valuable::Cash]))
            .targets(exclusive(T::Always)),
        rule("replacement-sent-first", "replacement-first", K::Procedure, D::Empathy,
            "Send the replacement for a faulty item before the faulty one comes back",
            "Wyślij towar na wymianę, zanim wróci wadliwy",
            "trade notes, exclusive gestures")
            .when(Condition::builder().moments([M::Delivery]).started_by(Initiator::Company).hands_over([Valuable::Goods, Valuable::Cash]).characteristics([C::Helpful]))
            .targets(exclusive(T::Always)),
        rule("note-in-the-parcel", "parcel-touch", K::Product, D::Empathy,
            "Put a handwritten thank-you note or a small sample in the parcel of a returning {customer}",
            "Włóż do paczki stałego {customer:gen} odręczne podziękowanie lub małą próbkę",
            "trade notes, exclusive gestures")
            .when(Condition::builder().moments([M::Delivery]).hands_over([Valuable::Goods]).characteristics([C::Personal]))
            .targets(exclusive(T::Always)),
        rule("one-adviser-per-case", "case-ownership", K::PersonalContact, D::Empathy,
            "Keep one adviser on a {customer}'s case across e-mail, chat and phone, so that the {customer} never tells the story twice",
            "Niech jedną sprawą {customer:gen} zajmuje się jeden doradca w e-mailu, na czacie i przez telefon, by {customer} nigdy nie opowiadał jej dwa razy",
            "trade notes, exclusive gestures")
            .when(question().characteristics([C::Personal]))
            .targets(exclusive(T::Always)),
        rule("order-change-window", "order-changes", K::Procedure, D::Convenience,
            "Let the {customer} change the address or the items for a set time after ordering, from the link in the acknowledgement, without contacting support",
            "Pozwól {customer:dat} przez określony czas po złożeniu zamówienia zmienić adres lub produkty z linku w potwierdzeniu, bez kontaktu z obsługą",
            "trade notes, exclusive gestures")
            .when(Condition::builder().moments([M::Information]).started_by(Initiator::Company).channels([Ch::Email]).characteristics([C::Prompt]))
            .targets(exclusive(T::Always)),
    ]
}

/// A typical online shop: buying, fulfilment, customer questions, and
/// after-sales (withdrawal, faulty goods, a review request).
#[allow(clippy::too_many_lines, reason = "the template is one model of data")]
fn template() -> ServiceModelBuilder {
    let site = [Ch::SelfService];
    ServiceModel::builder("An online shop")
        .pack("e-shop")
        .profile(
            ServiceProfile::builder()
                .contact(ContactLevel::Low)
                .delivery(DeliverySpan::Days)
                .capacity(CapacityControl::Unconstrained)
                .tasks(TaskAllocation::ServiceAndSales)
                .build(),
        )
        .departments(
            [
                department("e-commerce", "E-commerce"),
                department("customer-service", "Customer service"),
                department("warehouse", "Warehouse and fulfilment"),
                department("returns", "Returns"),
                department("finance", "Finance"),
            ]
            .into_iter()
            .flatten(),
        )
        .sequence(
            Sequence::builder("buying", "Buying")
                .phase(
                    Phase::builder("browsing", "Browsing")
                        .channels(site)
                        .step(
                            step(
                                "product-page",
                                "Product page: characteristics, price, delivery date, withdrawal and guarantee",
                                M::Information,
                                "e-commerce",
                            )
                            .place(Place::Remote)
                            .characteristics([C::Informative, C::Honest]),
                        )
                        .step(
                            step("pre-sale-question", "A question before buying", M::Consultation, "customer-service")
                                .channels([Ch::Chat, Ch::Email, Ch::Telephone])
                                .place(Place::Remote)
                                .opens_contact()
                                .characteristics([C::Knowledgeable, C::Personal]),
                        ),
                )
                .phase(
                    Phase::builder("checkout", "Checkout")
                        .channels(site)
                        .step(
                            step("basket-review", "Basket, address and payment reviewed and corrected", M::OrderTaking, "e-commerce")
                                .place(Place::Remote)
                                .continues("browsing/product-page")
                                .data([DataUse::Records])
                                .characteristics([C::Clear, C::Accurate]),
                        )
                        .step(
                            step("place-order", "Order placed with a button that states the obligation to pay", M::OrderTaking, "e-commerce")
                                .place(Place::Remote)
                                .data([DataUse::Records])
                                .characteristics([C::Honest]),
                        )
                        .step(
                            step("pay", "Payment by card or transfer", M::Payment, "finance")
                                .place(Place::Remote)
                                .hands_over([Valuable::Card]),
                        ),
                )
                .phase(
                    Phase::builder("confirmation", "Confirmation")
                        .channels([Ch::Email])
                        .step(
                            step("acknowledge-order", "Order acknowledged by e-mail", M::Information, "e-commerce")
                                .started_by(Initiator::Company)
                                .characteristics([C::Prompt]),
                        )
                        .step(
                            step("confirm-contract", "Contract, terms and withdrawal form on a durable medium", M::Information, "e-commerce")
                                .started_by(Initiator::Company)
                                .hands_over([Valuable::Documents]),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("fulfilment", "Fulfilment")
                .phase(
                    Phase::builder("dispatch", "Dispatch")
                        .channels([Ch::Email, Ch::Sms])
                        .step(
                            step("dispatch-notice", "Parcel sent, with a tracking link", M::Information, "warehouse")
                                .started_by(Initiator::Company)
                                .characteristics([C::Proactive]),
                        )
                        .step(
                            step("delay-notice", "The customer told the order will be late", M::Disruption, "customer-service")
                                .channels([Ch::Email])
                                .started_by(Initiator::Company)
                                .opens_contact(),
                        ),
                )
                .phase(
                    Phase::builder("delivery", "Delivery")
                        .channels([Ch::FaceToFace, Ch::SelfService])
                        .step(
                            step("hand-over-parcel", "Parcel handed over by the courier or left in a locker", M::Delivery, "warehouse")
                                .place(Place::Remote)
                                .started_by(Initiator::Company)
                                .hands_over([Valuable::Goods])
                                .characteristics([C::Punctual, C::Personal]),
                        )
                        .step(
                            step("send-invoice", "Invoice sent", M::Billing, "finance")
                                .channels([Ch::Email])
                                .started_by(Initiator::Company)
                                .opens_contact()
                                .hands_over([Valuable::Documents]),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("care", "Customer questions")
                .phase(
                    Phase::builder("questions", "Questions")
                        .channels([Ch::Chat, Ch::Email, Ch::Telephone])
                        .step(
                            step("where-is-my-order", "Where is my order?", M::Information, "customer-service")
                                .place(Place::Remote)
                                .data([DataUse::LooksUp])
                                .characteristics([C::Prompt, C::Informative]),
                        )
                        .step(
                            step("general-question", "Any other question", M::Consultation, "customer-service")
                                .channels([Ch::Chat, Ch::Email, Ch::Telephone, Ch::SocialMedia])
                                .place(Place::Remote)
                                .opens_contact()
                                .characteristics([C::Knowledgeable, C::Personal]),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("after-sales", "After-sales")
                .phase(
                    Phase::builder("withdrawal", "Withdrawal")
                        .channels([Ch::WebForm, Ch::Email, Ch::Letter])
                        .step(
                            step("receive-withdrawal", "Withdrawal received", M::Request, "customer-service")
                                .data([DataUse::Records])
                                .characteristics([C::Flexible]),
                        )
                        .step(
                            step("send-return-instructions", "Return address and instructions sent", M::Information, "customer-service")
                                .channels([Ch::Email])
                                .started_by(Initiator::Company)
                                .continues("withdrawal/receive-withdrawal")
                                .characteristics([C::Clear]),
                        )
                        .step(
                            step("receive-returned-goods", "Returned goods received and checked", M::Identification, "returns")
                                .channels([Ch::Letter])
                                .started_by(Initiator::Company)
                                .no_contact()
                                .hands_over([Valuable::Goods]),
                        )
                        .step(
                            step("refund", "Refund paid", M::Payment, "finance")
                                .channels([Ch::Email])
                                .started_by(Initiator::Company)
                                .opens_contact()
                                .hands_over([Valuable::Cash]),
                        ),
                )
                .phase(
                    Phase::builder("faulty-goods", "Faulty goods")
                        .channels([Ch::WebForm, Ch::Email, Ch::Telephone])
                        .step(
                            step("receive-complaint", "Complaint about a faulty or wrong item", M::Exception, "customer-service")
                                .data([DataUse::Records])
                                .characteristics([C::Helpful, C::Patient]),
                        )
                        .step(
                            step("remedy", "Repair, replacement, price reduction or refund", M::Delivery, "customer-service")
                                .channels([Ch::Email])
                                .started_by(Initiator::Company)
                                .continues("faulty-goods/receive-complaint")
                                .hands_over([Valuable::Goods, Valuable::Cash])
                                .characteristics([C::Helpful]),
                        ),
                )
                .phase(
                    Phase::builder("review", "Review").channels([Ch::Email]).step(
                        step("review-request", "Request for a review", M::FollowUp, "e-commerce")
                            .started_by(Initiator::Company),
                    ),
                ),
        )
}
