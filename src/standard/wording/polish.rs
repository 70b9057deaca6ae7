//! Polish.

use std::time::Duration;

use super::{Label, Language, Text};
use crate::standard::Locale;
use crate::{
    model::Capability as Cap,
    model::CapacityControl as Cc,
    model::Channel as Ch,
    model::ChannelFamily as Fam,
    model::Characteristic as C,
    model::Complexity as Cx,
    model::ContactLevel as Co,
    model::DeliverySpan as Ds,
    model::Emotion as E,
    model::FactorKind as Fk,
    model::Intermediaries as I,
    model::MomentKind as M,
    model::Purchaser as Pu,
    model::QualityAspect as A,
    model::QualityDimension as D,
    model::Risk as R,
    model::ServiceLevel as L,
    model::StandardKind as K,
    model::TaskAllocation as Ta,
    model::UsageFrequency as U,
    standard::Cover,
    standard::Distance,
    standard::Locale as Lo,
    standard::Placeholder as P,
    standard::Target,
    standard::distance::LengthUnit,
    standard::target::{TimeUnit, duration_units, single_unit, single_unit_count},
    standard::wording::Number,
};
use crate::{model::Industry, model::Noun};

pub(super) static POLISH: Language = Language { code: "pl", decimal_separator: ',', label, text, target };

/// Which of Polish's three plural forms a count takes: 1; 2–4 (but not
/// 12–14); everything else.
fn form(n: u64) -> usize {
    match (n % 10, n % 100) {
        _ if n == 1 => 0,
        (2..=4, r) if !(12..=14).contains(&r) => 1,
        _ => 2,
    }
}

/// Nominative (and accusative) forms: 1 godzina, 2 godziny, 5 godzin.
fn nominative(unit: TimeUnit, n: u64, accusative: bool) -> &'static str {
    let forms: [&str; 3] = match (unit, accusative) {
        (TimeUnit::Day, _) => ["dzień", "dni", "dni"],
        (TimeUnit::Hour, false) => ["godzina", "godziny", "godzin"],
        (TimeUnit::Hour, true) => ["godzinę", "godziny", "godzin"],
        (TimeUnit::Minute, false) => ["minuta", "minuty", "minut"],
        (TimeUnit::Minute, true) => ["minutę", "minuty", "minut"],
        (TimeUnit::Second, false) => ["sekunda", "sekundy", "sekund"],
        (TimeUnit::Second, true) => ["sekundę", "sekundy", "sekund"],
    };
    forms.get(form(n)).copied().unwrap_or_default()
}

/// Genitive forms, after `w ciągu`: 1 minuty, 2 minut, 5 minut.
fn genitive(unit: TimeUnit, n: u64) -> &'static str {
    let (one, many) = match unit {
        TimeUnit::Day => ("dnia", "dni"),
        TimeUnit::Hour => ("godziny", "godzin"),
        TimeUnit::Minute => ("minuty", "minut"),
        TimeUnit::Second => ("sekundy", "sekund"),
    };
    if n == 1 { one } else { many }
}

fn duration(d: Duration, word: impl Fn(TimeUnit, u64) -> &'static str) -> String {
    let parts: Vec<String> = duration_units(d)
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, unit)| format!("{n} {}", word(unit, n)))
        .collect();
    if parts.is_empty() { format!("0 {}", word(TimeUnit::Second, 0)) } else { parts.join(" ") }
}

/// `3 metrów`, `1 metra`, `2,5 metra`, `10 stóp`, `1 stopy` (genitive,
/// after `z odległości`), in the unit the distance was given in.
fn distance(d: Distance) -> String {
    let (thousandths, unit) = d.given();
    let number = Locale::Polish.number(f64::from(thousandths) / 1000.0, Number::up_to(3));
    // One, many, and a fraction (which takes the genitive singular).
    let (one, many, fraction) = match unit {
        LengthUnit::Metres => ("metra", "metrów", "metra"),
        LengthUnit::Feet => ("stopy", "stóp", "stopy"),
    };
    let word = match thousandths {
        1000 => one,
        _ if thousandths % 1000 == 0 => many,
        _ => fraction,
    };
    format!("{number} {word}")
}

/// `całą dobę`, `od poniedziałku do piątku, 08:00–20:00`.
fn cover(c: Cover) -> String {
    const NOMINATIVE: [&str; 7] =
        ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"];
    const GENITIVE: [&str; 7] =
        ["poniedziałku", "wtorku", "środy", "czwartku", "piątku", "soboty", "niedzieli"];
    if c.is_around_the_clock() {
        return "całą dobę, 7 dni w tygodniu".to_owned();
    }
    let name = |table: &[&'static str; 7], d: usize| table.get(d).copied().unwrap_or_default();
    let runs = c.day_runs();
    let days = if runs == [(0, 6)] {
        "codziennie".to_owned()
    } else {
        let parts: Vec<String> = runs
            .iter()
            .map(|&(a, b)| match b - a {
                0 => name(&NOMINATIVE, a).to_owned(),
                1 => format!("{} i {}", name(&NOMINATIVE, a), name(&NOMINATIVE, b)),
                _ => format!("od {} do {}", name(&GENITIVE, a), name(&GENITIVE, b)),
            })
            .collect();
        parts.join(", ")
    };
    let (from, to) = c.minutes();
    format!("{days}, {}–{}", Cover::clock(from), Cover::clock(to))
}

fn target(target: Target) -> String {
    let within = |d| duration(d, genitive);
    match target {
        Target::Within(d) => format!("w ciągu {}", within(d)),
        Target::ShareWithin { percent, within: d } => format!("{percent} % w ciągu {}", within(d)),
        Target::WithinRings(1) => "przy pierwszym sygnale".to_owned(),
        Target::WithinRings(n) => format!("w ciągu {n} sygnałów"),
        Target::AtLeast(1) => "co najmniej raz".to_owned(),
        Target::AtLeast(2) => "co najmniej dwa razy".to_owned(),
        Target::AtLeast(n) => format!("co najmniej {n} razy"),
        Target::AtMost(1) => "najwyżej raz".to_owned(),
        Target::AtMost(2) => "najwyżej dwa razy".to_owned(),
        Target::AtMost(n) => format!("najwyżej {n} razy"),
        Target::Every(d) => match single_unit(d) {
            Some(TimeUnit::Day) => "co najmniej raz dziennie".to_owned(),
            Some(unit) => format!("co najmniej raz na {}", nominative(unit, 1, true)),
            None => format!("co najmniej raz na {}", duration(d, |u, n| nominative(u, n, true))),
        },
        Target::Share(100) => "w każdym przypadku".to_owned(),
        Target::Share(p) => format!("w co najmniej {p} % przypadków"),
        Target::Always => "zawsze".to_owned(),
        Target::Never => "nigdy".to_owned(),
        Target::FromDistance(d) => format!("z odległości {}", distance(d)),
        Target::Cover(c) => cover(c),
        Target::Between { min, max } => match (single_unit_count(min), single_unit_count(max)) {
            (Some((a, u)), Some((b, v))) if u == v => format!("od {a} do {b} {}", genitive(u, b)),
            _ => format!("od {} do {}", within(min), within(max)),
        },
        Target::UpTo(a) => format!("do {a}"),
    }
}

/// The texts the standard layer renders itself.
fn text(text: Text) -> &'static str {
    match text {
        Text::EveryDepartment => "każdego działu",
        Text::TriggerCharacteristic => "cecha",
        Text::TriggerEmotion => "emocja",
        Text::TriggerCapability => "właściwość kanału",
        Text::TriggerChannel => "kanał",
        Text::TriggerMoment => "moment",
    }
}

#[allow(clippy::too_many_lines, reason = "one table of every label")]
fn label(label: Label) -> &'static str {
    match label {
        Label::Channel(c) => match c {
            Ch::FaceToFace => "kontakt bezpośredni",
            Ch::Telephone => "telefon",
            Ch::Email => "e-mail",
            Ch::WebForm => "formularz internetowy",
            Ch::Chat => "czat",
            Ch::VideoCall => "wideorozmowa",
            Ch::SocialMedia => "media społecznościowe",
            Ch::Forum => "forum",
            Ch::SelfService => "samoobsługa",
            Ch::Letter => "list",
            Ch::Fax => "faks",
            Ch::Sms => "SMS",
            Ch::App => "aplikacja",
        },
        Label::ChannelFamily(f) => match f {
            Fam::Direct => "kontakt bezpośredni",
            Fam::Telephone => "telefon",
            Fam::Internet => "internet",
            Fam::Correspondence => "korespondencja",
        },
        Label::Capability(c) => match c {
            Cap::StaffSeen => "pracownik jest widoczny",
            Cap::StaffHeard => "pracownik jest słyszalny",
            Cap::Written => "na piśmie",
            Cap::Synchronous => "na żywo",
            Cap::Public => "publicznie",
        },
        Label::QualityAspect(a) => match a {
            A::Technical => "jakość techniczna",
            A::Functional => "jakość funkcjonalna",
        },
        Label::QualityDimension(d) => match d {
            D::Responsiveness => "szybkość reakcji",
            D::Reliability => "niezawodność",
            D::Communication => "komunikacja",
            D::Convenience => "wygoda",
            D::Tangibles => "elementy materialne",
            D::Assurance => "pewność",
            D::Empathy => "empatia",
        },
        Label::Characteristic(c) => match c {
            C::Friendly => "życzliwość",
            C::Attentive => "uważność",
            C::Courteous => "uprzejmość",
            C::Knowledgeable => "kompetencja",
            C::Prompt => "szybkość",
            C::Accurate => "dokładność",
            C::Clear => "jasność",
            C::Proactive => "inicjatywa",
            C::Personal => "indywidualne podejście",
            C::Discreet => "dyskrecja",
            C::Accessible => "dostępność",
            C::WellPresented => "schludność",
            C::Safe => "bezpieczeństwo",
            C::Patient => "cierpliwość",
            C::Helpful => "pomocność",
            C::Consistent => "powtarzalność",
            C::Informative => "informowanie",
            C::Efficient => "sprawność",
            C::Comfortable => "komfort",
            C::Flexible => "elastyczność",
            C::Punctual => "punktualność",
            C::Honest => "uczciwość",
        },
        Label::ServiceLevel(l) => match l {
            L::Basic => "podstawowy",
            L::Expected => "oczekiwany",
            L::Exclusive => "wyjątkowy",
        },
        Label::StandardKind(k) => match k {
            K::PersonalContact => "kontakt osobisty",
            K::Product => "produkt",
            K::Procedure => "procedura",
        },
        Label::MomentKind(m) => match m {
            M::Welcome => "powitanie",
            M::Identification => "identyfikacja",
            M::Information => "informacja",
            M::Consultation => "doradztwo",
            M::OrderTaking => "przyjęcie zamówienia",
            M::Waiting => "oczekiwanie",
            M::Delivery => "realizacja",
            M::Hospitality => "gościnność",
            M::Safekeeping => "przechowanie",
            M::Billing => "rozliczenie",
            M::Payment => "płatność",
            M::Exception => "reklamacja lub problem",
            M::Request => "prośba",
            M::Farewell => "pożegnanie",
            M::FollowUp => "kontakt po usłudze",
            M::Disruption => "zakłócenie",
            M::Incident => "zgłoszenie szkody lub zagrożenia",
        },
        Label::Emotion(e) => match e {
            E::Trust => "zaufanie",
            E::Warmth => "ciepło",
            E::Delight => "zachwyt",
            E::Calm => "spokój",
            E::Confidence => "pewność siebie",
            E::Belonging => "przynależność",
            E::Respect => "szacunek",
            E::Ease => "łatwość",
            E::Excitement => "ekscytacja",
            E::Care => "troska",
        },
        Label::Intermediaries(v) => match v {
            I::Absent => "bez pośredników",
            I::Present => "przez pośredników",
        },
        Label::ContactLevel(v) => match v {
            Co::Low => "niski kontakt",
            Co::Medium => "średni kontakt",
            Co::High => "wysoki kontakt",
        },
        Label::Purchaser(v) => match v {
            Pu::Individual => "klienci indywidualni",
            Pu::Institutional => "instytucje",
            Pu::Mixed => "klienci indywidualni i instytucje",
        },
        Label::DeliverySpan(v) => match v {
            Ds::Minutes => "minuty",
            Ds::Hours => "godziny",
            Ds::Days => "dni",
            Ds::Weeks => "tygodnie lub dłużej",
        },
        Label::CapacityControl(v) => match v {
            Cc::Unconstrained => "bez ograniczeń",
            Cc::Reservations => "rezerwacje",
            Cc::Queues => "kolejki",
            Cc::ReservationsAndQueues => "rezerwacje i kolejki",
        },
        Label::UsageFrequency(v) => match v {
            U::OneOff => "jednorazowo",
            U::Occasional => "okazjonalnie",
            U::Frequent => "często",
        },
        Label::Complexity(v) => match v {
            Cx::Simple => "prosta",
            Cx::Moderate => "średnio złożona",
            Cx::Complex => "złożona",
        },
        Label::Risk(v) => match v {
            R::Low => "niskie",
            R::Moderate => "umiarkowane",
            R::High => "wysokie",
        },
        Label::TaskAllocation(v) => match v {
            Ta::ServiceOnly => "tylko obsługa",
            Ta::ServiceAndSales => "obsługa i sprzedaż",
            Ta::FullRelationship => "obsługa, sprzedaż i kontakt z inicjatywy firmy",
        },
        Label::FactorKind(k) => match k {
            Fk::Intermediaries => "pośrednicy",
            Fk::ContactLevel => "poziom kontaktu",
            Fk::Purchaser => "nabywca",
            Fk::DeliverySpan => "czas realizacji",
            Fk::CapacityControl => "przepustowość",
            Fk::UsageFrequency => "częstotliwość korzystania",
            Fk::Complexity => "złożoność",
            Fk::Risk => "ryzyko",
            Fk::TaskAllocation => "zadania",
        },
        Label::Placeholder(p) => match p {
            P::Step => "krok",
            P::Phase => "faza",
            P::Sequence => "sekwencja",
            P::Channel => "kanał",
            P::Department => "dział",
            P::Target => "cel",
            P::Characteristic => "cecha",
            P::Company => "firma",
            P::Moment => "moment",
            P::Customer => "klient",
            P::Customers => "klienci",
            P::Order => "zamówienie",
            P::Orders => "zamówienia",
            P::Bill => "rachunek",
            P::Bills => "rachunki",
            P::Visit => "wizyta",
            P::Visits => "wizyty",
            P::Place => "miejsce obsługi",
            P::Places => "miejsca obsługi",
        },
        Label::Locale(l) => match l {
            Lo::English => "angielski",
            Lo::Polish => "polski",
        },
        Label::Industry(i) => match i {
            Industry::General => "ogólna",
            Industry::Hotel => "hotel",
            Industry::Shop => "sklep",
            Industry::ContactCentre => "contact center",
        },
        Label::Noun(n) => match n {
            Noun::Customer => "klient",
            Noun::Order => "zamówienie",
            Noun::Bill => "rachunek",
            Noun::Visit => "wizyta",
            Noun::Place => "miejsce obsługi",
        },
        Label::Initiator(i) => match i {
            crate::model::Initiator::Customer => "klient",
            crate::model::Initiator::Company => "firma",
        },
        Label::PolicyScope(p) => match p {
            crate::standard::PolicyScope::Business => "cała firma",
            crate::standard::PolicyScope::Department => "każdy dział",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_forms() {
        let words: Vec<&str> =
            [1, 2, 4, 5, 12, 14, 22, 25, 112].map(|n| nominative(TimeUnit::Minute, n, false)).to_vec();
        assert_eq!(
            words,
            ["minuta", "minuty", "minuty", "minut", "minut", "minut", "minuty", "minut", "minut"]
        );
    }

    #[test]
    fn targets() {
        assert_eq!(target(Target::within_secs(30)), "w ciągu 30 sekund");
        assert_eq!(target(Target::within_secs(5400)), "w ciągu 1 godziny 30 minut");
        assert_eq!(target(Target::within_hours(48)), "w ciągu 2 dni");
        assert_eq!(
            target(Target::ShareWithin { percent: 80, within: Duration::from_secs(20) }),
            "80 % w ciągu 20 sekund"
        );
        assert_eq!(target(Target::WithinRings(1)), "przy pierwszym sygnale");
        assert_eq!(target(Target::Every(Duration::from_secs(86_400))), "co najmniej raz dziennie");
        assert_eq!(target(Target::Every(Duration::from_secs(3 * 86_400))), "co najmniej raz na 3 dni");
        assert_eq!(target(Target::Every(Duration::from_secs(3600))), "co najmniej raz na godzinę");
        assert_eq!(target(Target::Every(Duration::from_secs(4 * 3600))), "co najmniej raz na 4 godziny");
        assert_eq!(target(Target::AtMost(1)), "najwyżej raz");
        assert_eq!(target(Target::Share(95)), "w co najmniej 95 % przypadków");
        assert_eq!(target(Target::Never), "nigdy");
    }
}
