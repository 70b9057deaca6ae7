//! Locales through the public API: codes, and why a standard exists, worded
//! in each language. (Labels of every vocabulary: the unit tests beside the
//! tables; handbooks: `publish/hotel.rs`.)

use service_standards::prelude::*;

#[test]
fn every_locale_has_its_code() {
    let codes: Vec<&str> = Locale::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(codes, ["en", "pl"]);
}

#[test]
fn every_kind_of_provenance_is_worded_in_every_locale() {
    let provenances = [
        Provenance::Characteristic(Characteristic::Friendly),
        Provenance::Factor(Factor::CapacityControl(CapacityControl::Reservations)),
        Provenance::Emotion(Emotion::Trust),
        Provenance::Capability(Capability::StaffSeen),
        Provenance::Channel(Channel::Telephone),
        Provenance::Moment(MomentKind::Billing),
    ];
    let worded =
        |locale: Locale| -> Vec<String> { provenances.iter().map(|t| locale.provenance(*t)).collect() };
    assert_eq!(
        worded(Locale::English),
        [
            "characteristic: friendly",
            "capacity: reservations",
            "emotion: trust",
            "channel capability: staff are seen",
            "channel: telephone",
            "moment: billing",
        ]
    );
    assert_eq!(
        worded(Locale::Polish),
        [
            "cecha: życzliwość",
            "przepustowość: rezerwacje",
            "emocja: zaufanie",
            "właściwość kanału: pracownik jest widoczny",
            "kanał: telefon",
            "moment: rozliczenie",
        ]
    );
}
