//! Documents of format version 1 keep loading, for ever.
//!
//! The files under `tests/fixtures/v1/` are frozen: never edit them to make a
//! test pass. A change that breaks one of these tests breaks users' files.
#![cfg(feature = "serde")]

use service_standards::prelude::*;

const MODEL: &str = include_str!("../../fixtures/v1/model.json");
const RULES: &str = include_str!("../../fixtures/v1/rules.toml");
const STANDARDS: &str = include_str!("../../fixtures/v1/standards.json");

#[test]
fn the_v1_model_loads() {
    let model: ServiceModel = serde_json::from_str(MODEL).unwrap();
    assert_eq!(model.name(), "Hotel Aurora");
    assert_eq!(model.profile().capacity(), CapacityControl::Reservations);
    assert_eq!(model.profile().purchaser(), Purchaser::Mixed);
    assert_eq!(model.brand().emotions(), EnumSet::from([Emotion::Warmth, Emotion::Trust, Emotion::Care]));
    assert_eq!(model.brand().off_brand().len(), 3);
    let departments: Vec<&str> = model.departments().iter().map(|d| d.id().as_str()).collect();
    assert_eq!(departments, ["front-office", "housekeeping", "billing"]);
    let paths: Vec<String> = model.steps().map(|s| s.path().to_string()).collect();
    assert_eq!(
        paths,
        [
            "stay/reservation/request",
            "stay/reservation/confirm",
            "stay/check-in/greet",
            "stay/check-in/find-booking",
            "stay/check-in/key-and-directions",
            "stay/room/room-ready",
            "stay/room/room-request",
            "stay/check-out/settle",
            "stay/check-out/invoice",
            "stay/check-out/farewell",
        ]
    );
    let greet = model.step(&"stay/check-in/greet".parse().unwrap()).unwrap();
    assert_eq!(greet.step().moment(), MomentKind::Welcome);
    assert_eq!(greet.channels(), EnumSet::from([Channel::FaceToFace]));
    assert_eq!(
        greet.step().characteristics(),
        EnumSet::from([Characteristic::Friendly, Characteristic::Attentive])
    );
    assert_eq!(greet.step().customer_action(), Some("Walks up to the reception desk"));
    let again: ServiceModel = serde_json::from_str(&serde_json::to_string(&model).unwrap()).unwrap();
    assert_eq!(again, model);
}

#[test]
fn the_v1_rule_set_loads() {
    let rules: RuleSet = toml::from_str(RULES).unwrap();
    let ids: Vec<&str> = rules.rules().map(|r| r.id().as_str()).collect();
    assert_eq!(ids, ["phone-answer", "returning-guest-welcome-note", "room-ready-by-check-in"]);
    let phone = rules.rule("phone-answer").unwrap();
    assert!(phone.is_overriding());
    assert_eq!(phone.template().targets().get(ServiceLevel::Basic), Some(Target::WithinRings(4)));
    assert_eq!(phone.condition().channels(), EnumSet::from([Channel::Telephone]));
}

#[test]
fn the_v1_standard_set_loads() {
    let set: StandardSet = serde_json::from_str(STANDARDS).unwrap();
    assert_eq!(set.level(), ServiceLevel::Expected);
    let id: StandardId = "phone-answer@stay/reservation/request".parse().unwrap();
    let phone = set.get(&id).unwrap();
    assert_eq!(phone.target(), Target::WithinRings(3));
    assert_eq!(
        phone.statement(),
        "Answer every call to Hotel Aurora within 3 rings, giving the hotel's name and your own"
    );
    assert_eq!(phone.provenance(), Provenance::Channel(Channel::Telephone));
    assert_eq!(phone.department().map(Id::as_str), Some("front-office"));
    // Written again, it reads back the same.
    let again: StandardSet = serde_json::from_str(&serde_json::to_string(&set).unwrap()).unwrap();
    assert_eq!(again, set);
}

#[test]
fn the_v1_audit_loads_and_scores() {
    let audit: Audit = serde_json::from_str(include_str!("../../fixtures/v1/audit.json")).unwrap();
    assert_eq!(audit.len(), 5);
    let set: StandardSet = serde_json::from_str(STANDARDS).unwrap();
    let report = audit.score(&Checklist::new(&set, &ChecklistFilter::new()));
    // Only the phone standards are in the fixture set: the 4th ring fails (weight 3).
    assert_eq!(report.overall().score(), Some(0.0));
    assert_eq!(report.items()[0].weight(), 3.0);
    assert_eq!(report.items()[0].measured(), Some(Measurement::Rings(4)));
    let stale: Vec<String> = report.stale().iter().map(ToString::to_string).collect();
    assert_eq!(
        stale,
        [
            "greet-on-arrival@stay/check-in/greet",
            "email-reply@stay/reservation/confirm",
            "uniform-and-badge@stay/check-in/greet",
            "billing-letter-thanks@stay/check-out/invoice",
        ]
    );
    let again: Audit = serde_json::from_str(&serde_json::to_string(&audit).unwrap()).unwrap();
    assert_eq!(again, audit);
}
