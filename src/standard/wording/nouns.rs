//! A business's words for its things ([`Noun`]): the person served, what
//! they order, the bill, the visit and the place of service, in every
//! locale, singular and plural, in every case a locale has. A trade's pack
//! gives its own; the four kinds of business the crate knew before packs
//! ([`Industry`]) have theirs here, and the general words fill in any noun
//! a pack does not give.

use std::sync::{Arc, OnceLock};

use crate::{
    model::EnumSet, model::Industry, model::Noun, model::Vocabulary, standard::Locale,
    standard::statement::Case,
};

/// The cases `locale` declines its nouns in: none for English (one form
/// serves every sentence), the six the statements use for Polish.
pub(crate) fn cases(locale: Locale) -> &'static [Case] {
    match locale {
        Locale::English => &[],
        Locale::Polish => &Case::ALL,
    }
}

/// One noun's forms in one locale: singular and plural, each in every case
/// (a language without cases has the same form in each).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Inflected {
    /// Singular, then plural; each by [`Case::index`].
    forms: [[Arc<str>; 6]; 2],
}

impl Inflected {
    /// The forms, singular and plural, each by [`Case::index`].
    pub(crate) fn new(one: [Arc<str>; 6], many: [Arc<str>; 6]) -> Self {
        Self { forms: [one, many] }
    }

    /// A word without cases: `one` and `many` in every case.
    pub(crate) fn plain(one: &str, many: &str) -> Self {
        let (one, many): (Arc<str>, Arc<str>) = (Arc::from(one), Arc::from(many));
        Self::new(std::array::from_fn(|_| Arc::clone(&one)), std::array::from_fn(|_| Arc::clone(&many)))
    }

    /// Forms given in the order of [`Case::ALL`].
    fn cased(one: [&str; 6], many: [&str; 6]) -> Self {
        Self::new(one.map(Arc::from), many.map(Arc::from))
    }

    /// The form, singular or `plural`, in `case`.
    pub(crate) fn get(&self, plural: bool, case: Case) -> &str {
        let [one, many] = &self.forms;
        let forms = if plural { many } else { one };
        forms.get(case.index()).map_or("", |form| form)
    }
}

/// A business's words: every [`Noun`] in every [`Locale`]. Complete by
/// construction: a noun a pack does not give is the general word.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Nouns {
    /// By noun, then by locale ([`Nouns::at`]).
    words: Vec<Inflected>,
    /// The nouns given by the business itself; the others are the general words.
    given: EnumSet<Noun>,
}

impl Nouns {
    fn at(noun: Noun, locale: Locale) -> usize {
        noun.index() * Locale::ALL.len() + locale.index()
    }

    /// The words `given` (a noun in a locale each), the general words for
    /// the rest. A noun counts as given when any locale of it is.
    pub(crate) fn with(given: impl IntoIterator<Item = (Noun, Locale, Inflected)>) -> Self {
        let mut nouns = Self::general().as_ref().clone();
        nouns.given = EnumSet::new();
        for (noun, locale, words) in given {
            if let Some(slot) = nouns.words.get_mut(Self::at(noun, locale)) {
                *slot = words;
                nouns.given.insert(noun);
            }
        }
        nouns
    }

    /// The word for `noun` in `locale`, singular or `plural`, in `case` (a
    /// locale without cases ignores it).
    pub(crate) fn word(&self, locale: Locale, noun: Noun, plural: bool, case: Case) -> &str {
        self.inflected(noun, locale).map_or("", |w| w.get(plural, case))
    }

    /// Every form of `noun` in `locale`.
    pub(crate) fn inflected(&self, noun: Noun, locale: Locale) -> Option<&Inflected> {
        self.words.get(Self::at(noun, locale))
    }

    /// The nouns the business gives itself (not the general words).
    pub(crate) fn given(&self) -> EnumSet<Noun> {
        self.given
    }

    /// The general words: any business's.
    pub(crate) fn general() -> &'static Arc<Self> {
        Self::industry(Industry::General)
    }

    /// The words of one of the four kinds of business the crate knew
    /// before packs, made once.
    pub(crate) fn industry(industry: Industry) -> &'static Arc<Self> {
        static TABLES: [OnceLock<Arc<Nouns>>; 4] =
            [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
        let make = || {
            let mut words = Vec::with_capacity(Noun::ALL.len() * Locale::ALL.len());
            for &noun in Noun::ALL {
                for &locale in Locale::ALL {
                    words.push(builtin(industry, noun, locale));
                }
            }
            let given = if industry == Industry::General { EnumSet::all() } else { given_by(industry) };
            Arc::new(Self { words, given })
        };
        match TABLES.get(industry.index()) {
            Some(table) => table.get_or_init(make),
            // Four tables for four industries: a new industry needs a table.
            None => Self::general(),
        }
    }
}

/// The nouns an old industry gives itself: those whose words differ from
/// the general ones in some locale.
fn given_by(industry: Industry) -> EnumSet<Noun> {
    Noun::ALL
        .iter()
        .copied()
        .filter(|&noun| {
            Locale::ALL.iter().any(|&l| builtin(industry, noun, l) != builtin(Industry::General, noun, l))
        })
        .collect()
}

/// Polish forms, singular then plural, each in the six cases.
type Forms = [[&'static str; 6]; 2];

const KLIENT: Forms = [
    ["klient", "klienta", "klientowi", "klienta", "klientem", "kliencie"],
    ["klienci", "klientów", "klientom", "klientów", "klientami", "klientach"],
];
const GOSC: Forms = [
    ["gość", "gościa", "gościowi", "gościa", "gościem", "gościu"],
    ["goście", "gości", "gościom", "gości", "gośćmi", "gościach"],
];
const ROZMOWCA: Forms = [
    ["rozmówca", "rozmówcy", "rozmówcy", "rozmówcę", "rozmówcą", "rozmówcy"],
    ["rozmówcy", "rozmówców", "rozmówcom", "rozmówców", "rozmówcami", "rozmówcach"],
];
const ZAMOWIENIE: Forms = [
    ["zamówienie", "zamówienia", "zamówieniu", "zamówienie", "zamówieniem", "zamówieniu"],
    ["zamówienia", "zamówień", "zamówieniom", "zamówienia", "zamówieniami", "zamówieniach"],
];
const REZERWACJA: Forms = [
    ["rezerwacja", "rezerwacji", "rezerwacji", "rezerwację", "rezerwacją", "rezerwacji"],
    ["rezerwacje", "rezerwacji", "rezerwacjom", "rezerwacje", "rezerwacjami", "rezerwacjach"],
];
const ZGLOSZENIE: Forms = [
    ["zgłoszenie", "zgłoszenia", "zgłoszeniu", "zgłoszenie", "zgłoszeniem", "zgłoszeniu"],
    ["zgłoszenia", "zgłoszeń", "zgłoszeniom", "zgłoszenia", "zgłoszeniami", "zgłoszeniach"],
];
const FAKTURA: Forms = [
    ["faktura", "faktury", "fakturze", "fakturę", "fakturą", "fakturze"],
    ["faktury", "faktur", "fakturom", "faktury", "fakturami", "fakturach"],
];
const RACHUNEK: Forms = [
    ["rachunek", "rachunku", "rachunkowi", "rachunek", "rachunkiem", "rachunku"],
    ["rachunki", "rachunków", "rachunkom", "rachunki", "rachunkami", "rachunkach"],
];
const PARAGON: Forms = [
    ["paragon", "paragonu", "paragonowi", "paragon", "paragonem", "paragonie"],
    ["paragony", "paragonów", "paragonom", "paragony", "paragonami", "paragonach"],
];
const WIZYTA: Forms = [
    ["wizyta", "wizyty", "wizycie", "wizytę", "wizytą", "wizycie"],
    ["wizyty", "wizyt", "wizytom", "wizyty", "wizytami", "wizytach"],
];
const POBYT: Forms = [
    ["pobyt", "pobytu", "pobytowi", "pobyt", "pobytem", "pobycie"],
    ["pobyty", "pobytów", "pobytom", "pobyty", "pobytami", "pobytach"],
];
const ROZMOWA: Forms = [
    ["rozmowa", "rozmowy", "rozmowie", "rozmowę", "rozmową", "rozmowie"],
    ["rozmowy", "rozmów", "rozmowom", "rozmowy", "rozmowami", "rozmowach"],
];
const PUNKT_OBSLUGI: Forms = [
    [
        "punkt obsługi",
        "punktu obsługi",
        "punktowi obsługi",
        "punkt obsługi",
        "punktem obsługi",
        "punkcie obsługi",
    ],
    [
        "punkty obsługi",
        "punktów obsługi",
        "punktom obsługi",
        "punkty obsługi",
        "punktami obsługi",
        "punktach obsługi",
    ],
];
const POKOJ: Forms = [
    ["pokój", "pokoju", "pokojowi", "pokój", "pokojem", "pokoju"],
    ["pokoje", "pokoi", "pokojom", "pokoje", "pokojami", "pokojach"],
];
const SKLEP: Forms = [
    ["sklep", "sklepu", "sklepowi", "sklep", "sklepem", "sklepie"],
    ["sklepy", "sklepów", "sklepom", "sklepy", "sklepami", "sklepach"],
];
const LINIA: Forms = [
    ["linia", "linii", "linii", "linię", "linią", "linii"],
    ["linie", "linii", "liniom", "linie", "liniami", "liniach"],
];

/// The words of the four old industries. Every word for the person served
/// is masculine personal in Polish and every word for what they order takes
/// non-personal plural forms, so the catalogue's statements agree with any
/// of them.
fn builtin(industry: Industry, noun: Noun, locale: Locale) -> Inflected {
    use Industry as I;
    let (english, polish): ((&str, &str), &Forms) = match (industry, noun) {
        (I::Hotel, Noun::Customer) => (("guest", "guests"), &GOSC),
        (I::Hotel, Noun::Order) => (("booking", "bookings"), &REZERWACJA),
        (I::Hotel, Noun::Bill) => (("bill", "bills"), &RACHUNEK),
        (I::Hotel, Noun::Visit) => (("stay", "stays"), &POBYT),
        (I::Hotel, Noun::Place) => (("room", "rooms"), &POKOJ),
        (I::ContactCentre, Noun::Customer) => (("caller", "callers"), &ROZMOWCA),
        (I::ContactCentre, Noun::Order) => (("case", "cases"), &ZGLOSZENIE),
        (I::ContactCentre, Noun::Visit) => (("call", "calls"), &ROZMOWA),
        (I::ContactCentre, Noun::Place) => (("line", "lines"), &LINIA),
        (I::Shop, Noun::Bill) => (("receipt", "receipts"), &PARAGON),
        (I::Shop, Noun::Place) => (("shop", "shops"), &SKLEP),
        (_, Noun::Customer) => (("customer", "customers"), &KLIENT),
        (_, Noun::Order) => (("order", "orders"), &ZAMOWIENIE),
        (_, Noun::Bill) => (("invoice", "invoices"), &FAKTURA),
        (_, Noun::Visit) => (("visit", "visits"), &WIZYTA),
        (_, Noun::Place) => (("service point", "service points"), &PUNKT_OBSLUGI),
    };
    match locale {
        Locale::English => Inflected::plain(english.0, english.1),
        Locale::Polish => {
            let [one, many] = *polish;
            Inflected::cased(one, many)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_noun_has_every_form_in_every_locale() {
        for &industry in Industry::ALL {
            let nouns = Nouns::industry(industry);
            for &locale in Locale::ALL {
                for &noun in Noun::ALL {
                    for plural in [false, true] {
                        for case in Case::ALL {
                            let word = nouns.word(locale, noun, plural, case);
                            assert!(!word.trim().is_empty(), "{locale} {industry} {noun} {plural} {case:?}");
                        }
                    }
                    assert_ne!(
                        nouns.word(locale, noun, false, Case::Nom),
                        nouns.word(locale, noun, true, Case::Nom),
                        "{locale} {industry} {noun}"
                    );
                }
            }
        }
        let hotel = Nouns::industry(Industry::Hotel);
        assert_eq!(hotel.word(Locale::Polish, Noun::Customer, true, Case::Ins), "gośćmi");
        assert_eq!(
            Nouns::industry(Industry::ContactCentre).word(Locale::English, Noun::Customer, false, Case::Gen),
            "caller"
        );
    }

    #[test]
    fn an_industry_gives_the_nouns_whose_words_are_its_own() {
        assert_eq!(Nouns::general().given(), EnumSet::all());
        assert_eq!(
            Nouns::industry(Industry::Shop).given().iter().collect::<Vec<_>>(),
            [Noun::Bill, Noun::Place]
        );
        assert_eq!(Nouns::industry(Industry::Hotel).given(), EnumSet::all());
    }

    #[test]
    fn nouns_not_given_are_the_general_words() {
        let table = Nouns::with([(Noun::Customer, Locale::English, Inflected::plain("diner", "diners"))]);
        assert_eq!(table.word(Locale::English, Noun::Customer, true, Case::Nom), "diners");
        assert_eq!(table.word(Locale::Polish, Noun::Customer, false, Case::Nom), "klient");
        assert_eq!(table.word(Locale::English, Noun::Bill, false, Case::Nom), "invoice");
        assert_eq!(table.given().iter().collect::<Vec<_>>(), [Noun::Customer]);
    }
}
