//! The hotel of the literature: what its standards must contain, and its
//! handbook, exactly (a reviewed snapshot under `tests/snapshots/`).
//!
//! To review a changed handbook: `UPDATE_SNAPSHOTS=1 cargo test --test integration publish::hotel`,
//! then read the diff of `tests/snapshots/` before committing it.
#![cfg(feature = "serde")]

use crate::shared::{hotel, snapshot};

use service_standards::prelude::*;
use snapshot::snapshot;

fn hotel_rules() -> RuleSet {
    let mine: RuleSet = toml::from_str(include_str!("../../../examples/rules/hotel.toml")).unwrap();
    RuleSet::catalogue().merge(&mine).unwrap()
}

fn standard<'a>(set: &'a StandardSet, id: &str) -> &'a Standard {
    set.get(&id.parse().unwrap()).unwrap_or_else(|| panic!("no standard {id}"))
}

#[test]
fn the_hotel_gets_the_standards_the_literature_asks_for() {
    let (model, set) = hotel_at_expected();

    let greet = standard(&set, "greet-on-arrival@stay/check-in/greet");
    assert_eq!(greet.target(), Target::within_secs(30));
    assert_eq!(greet.channels(), EnumSet::from([Channel::FaceToFace]));
    assert_eq!(greet.kind(), StandardKind::PersonalContact);

    let phone = standard(&set, "phone-answer@stay/reservation/request");
    assert_eq!(phone.target(), Target::WithinRings(3));
    assert_eq!(phone.channels(), EnumSet::from([Channel::Telephone]));
    assert_eq!(phone.statement(), "Answer every call to Hotel Aurora within 3 rings");
    assert_eq!(phone.concern().as_str(), "speed-of-answer");
    // The hotel's rule answers calls where they open, not at every step of one call.
    assert!(set.get(&"phone-answer@stay/check-in/find-booking".parse().unwrap()).is_none());

    let email = standard(&set, "email-reply@stay/reservation/request");
    assert_eq!(email.target(), Target::within_hours(8));
    assert_eq!(email.channels(), EnumSet::from([Channel::Email]));

    assert_eq!(phone.provenance(), Provenance::Channel(Channel::Telephone));
    // The words are the hotel's: guests and bookings.
    assert_eq!(
        standard(&set, "find-the-record@stay/check-in/find-booking").statement(),
        "Find the guest's booking or account within 1 minute"
    );
    assert_eq!(
        Locale::Polish.statement(standard(&set, "find-the-record@stay/check-in/find-booking")),
        "Odszukaj rezerwację lub konto gościa w ciągu 1 minuty"
    );
    // The confirmation the hotel sends carries no reply deadline.
    assert!(
        set.at_step(&"stay/reservation/confirm".parse().unwrap())
            .all(|s| !s.concern().as_str().starts_with("first-reply"))
    );
    // Organisational rules are policies, stated once.
    let training: Vec<&Policy> =
        set.policies().iter().filter(|p| p.standard().rule().as_str() == "high-contact-training").collect();
    assert_eq!(training.len(), 1);
    assert_eq!(training[0].department(), None);
    assert_eq!(training[0].standard().target(), Target::Every(std::time::Duration::from_secs(180 * 86_400)));
    assert!(set.iter().all(|s| s.rule().as_str() != "high-contact-training"));
    let name = standard(&set, "use-customer-name@stay/check-in/greet");
    assert_eq!(name.provenance(), Provenance::Characteristic(Characteristic::Friendly));
    let uniform = standard(&set, "uniform-and-badge@stay/check-in/greet");
    assert_eq!(uniform.provenance(), Provenance::Capability(Capability::StaffSeen));
    // The hotel's farewell, said face to face at the desk.
    let farewell = standard(&set, "departure-care@stay/check-out/farewell");
    assert_eq!(farewell.provenance(), Provenance::Channel(Channel::FaceToFace));
    assert!(set.get(&"thank-and-invite-back@stay/check-out/farewell".parse().unwrap()).is_none());
    let warm = standard(&set, "personal-remark@stay/check-in/greet");
    assert_eq!(warm.provenance(), Provenance::Emotion(Emotion::Warmth));

    // The confirmation deadline is on the step that sends it, not on the request.
    let booking = standard(&set, "booking-confirmation@stay/reservation/confirm");
    assert_eq!(
        booking.provenance(),
        Provenance::Factor(Factor::CapacityControl(CapacityControl::Reservations))
    );
    assert_eq!(booking.target(), Target::within_hours(1));

    let thanks = standard(&set, "billing-letter-thanks@stay/check-out/invoice");
    assert_eq!(thanks.department().map(Id::as_str), Some("billing"));
    assert_eq!(
        thanks.statement(),
        "End every invoice or billing letter from Billing with a personal word of thanks"
    );

    // No appearance standard where staff are not seen.
    for s in &set {
        if s.dimension() == QualityDimension::Tangibles && s.kind() == StandardKind::PersonalContact {
            assert!(s.channels().iter().all(|c| c.has(Capability::StaffSeen)), "{}", s.id());
        }
    }
    // The one hole is honest: a room found ready involves no conversation,
    // so no personal-contact standard belongs there.
    let holes: Vec<String> = set.coverage(&model).holes().iter().map(ToString::to_string).collect();
    assert_eq!(holes, ["stay/room on face-to-face: no functional standard"]);
}

/// The hotel and its standards at the expected level, as the handbooks show them.
fn hotel_at_expected() -> (ServiceModel, StandardSet) {
    let model = hotel::hotel().unwrap();
    let set = hotel_rules().derive(&model, ServiceLevel::Expected);
    (model, set)
}

#[test]
fn the_hotel_handbook_in_english_is_exactly_the_reviewed_one() {
    let (model, set) = hotel_at_expected();
    snapshot("hotel_handbook.en.md", &Handbook::new(&model, &set).markdown());
}

#[test]
fn the_hotel_handbook_in_polish_is_exactly_the_reviewed_one() {
    let (model, set) = hotel_at_expected();
    snapshot("hotel_handbook.pl.md", &Handbook::new(&model, &set).locale(Locale::Polish).markdown());
}

#[test]
fn the_billing_chapter_in_plain_text_is_exactly_the_reviewed_one() {
    let (model, set) = hotel_at_expected();
    snapshot("hotel_billing.txt", &Handbook::new(&model, &set).department_text("billing").unwrap());
}

#[test]
fn the_hotel_blueprint_is_exactly_the_reviewed_one() {
    let model = hotel::hotel().unwrap();
    snapshot("hotel_blueprint.mmd", &Blueprint::new(&model).mermaid("stay").unwrap());
}

#[test]
fn the_whole_handbook_in_plain_text_is_exactly_the_reviewed_one() {
    let (model, set) = hotel_at_expected();
    snapshot("hotel_handbook.en.txt", &Handbook::new(&model, &set).text());
}

#[test]
fn a_department_chapter_is_the_one_in_the_whole_book() {
    let (model, set) = hotel_at_expected();
    let book = Handbook::new(&model, &set);
    for department in ["front-office", "housekeeping", "billing"] {
        let chapter = book.department_markdown(department).unwrap();
        assert!(chapter.starts_with("## "), "{department}: {chapter}");
        assert!(book.markdown().contains(&chapter), "{department}");
        assert!(book.text().contains(&book.department_text(department).unwrap()), "{department}");
    }
    assert_eq!(book.department_markdown("spa"), None);
    assert_eq!(book.department_text("spa"), None);
}
