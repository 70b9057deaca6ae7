//! What a user needs to call the public API comes with the crate (issue 12, item 11).

use service_standards::jiff::civil::{Date, date};
use service_standards::prelude::*;

#[test]
fn an_issued_set_takes_the_re_exported_jiff_date() {
    let model = ServiceModel::builder("Hotel")
        .sequence(
            Sequence::builder("stay", "Stay").phase(
                Phase::builder("check-in", "Check-in")
                    .channels([Channel::FaceToFace])
                    .step(Step::builder("greet", "Greet").moment(MomentKind::Welcome)),
            ),
        )
        .build()
        .unwrap();
    let issued_on: Date = date(2026, 1, 31);
    let issued = IssuedSet::new(RuleSet::catalogue().derive(&model, ServiceLevel::Basic), issued_on)
        .review_every(1)
        .unwrap();
    assert_eq!(issued.due_on(), date(2026, 2, 28));
}
