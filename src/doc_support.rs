//! A small model for the examples in the API docs (not part of the API).

use crate::{
    error::Error, model::Brand, model::CapacityControl, model::Channel, model::Characteristic,
    model::ContactLevel, model::Department, model::Emotion, model::Industry, model::MomentKind, model::Phase,
    model::Sequence, model::ServiceModel, model::ServiceProfile, model::Step,
};

/// The one-step hotel model the API docs use. Hidden: not part of the API.
///
/// # Errors
///
/// Never in practice; it returns `Result` so examples can use `?`.
#[doc(hidden)]
pub fn doc_model() -> Result<ServiceModel, Error> {
    ServiceModel::builder("Hotel Aurora")
        .industry(Industry::Hotel)
        .profile(
            ServiceProfile::builder()
                .contact(ContactLevel::High)
                .capacity(CapacityControl::Reservations)
                .build(),
        )
        .brand(Brand::builder().emotions([Emotion::Warmth]))
        .departments([Department::new("front-office", "Front office")?])
        .sequence(
            Sequence::builder("stay", "Hotel stay").phase(
                Phase::builder("check-in", "Check-in").channels([Channel::FaceToFace]).step(
                    Step::builder("greet", "Guest approaches the desk")
                        .moment(MomentKind::Welcome)
                        .department("front-office")
                        .customer_action("Walks up to the desk")
                        .characteristics([Characteristic::Friendly, Characteristic::Attentive]),
                ),
            ),
        )
        .build()
}
