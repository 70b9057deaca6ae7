//! The hotel of the service-quality literature, shared by the example and the tests.

use service_standards::prelude::*;

/// The hotel's service model.
pub fn hotel() -> Result<ServiceModel, Error> {
    let profile = ServiceProfile::builder()
        .contact(ContactLevel::High)
        .capacity(CapacityControl::Reservations)
        .usage(UsageFrequency::Frequent)
        .purchaser(Purchaser::Mixed)
        .delivery(DeliverySpan::Hours)
        .build();
    let brand = Brand::builder()
        .emotions([Emotion::Warmth, Emotion::Trust, Emotion::Care])
        .value("Hospitality without fuss")
        .value("Honest prices, no surprises on the bill")
        .on_brand("Greet every guest before they greet you")
        .on_brand_in("front-office", "Walk a guest who looks lost to where they are going")
        .on_brand_in("billing", "Thank the guest by name in every letter")
        .off_brand("Finish a private conversation while a guest waits")
        .off_brand_in("front-office", "Point at the lift without looking up")
        .off_brand_in("housekeeping", "Knock once and enter straight away");

    let reservation = Phase::builder("reservation", "Reservation")
        .channels([Channel::Telephone, Channel::Email, Channel::WebForm])
        .step(
            Step::builder("request", "Guest asks for a room")
                .moment(MomentKind::OrderTaking)
                .department("front-office")
                .characteristics([
                    Characteristic::Friendly,
                    Characteristic::Prompt,
                    Characteristic::Accurate,
                    Characteristic::Honest,
                ])
                .data([DataUse::Records])
                .customer_action("Calls, writes or fills in the booking form"),
        )
        .step(
            Step::builder("confirm", "Booking is confirmed")
                .moment(MomentKind::Information)
                .started_by(Initiator::Company)
                .channels([Channel::Email])
                .department("front-office")
                .characteristics([Characteristic::Accurate, Characteristic::Clear])
                .backstage("Booking entered in the property system"),
        );
    let check_in = Phase::builder("check-in", "Check-in")
        .channels([Channel::FaceToFace])
        .step(
            Step::builder(
                "greet",
                "Guest approaches the desk; receptionist greets and asks about the booking",
            )
            .moment(MomentKind::Welcome)
            .place(Place::Desk)
            .department("front-office")
            .characteristics([Characteristic::Friendly, Characteristic::Attentive])
            .customer_action("Walks up to the reception desk"),
        )
        .step(
            Step::builder("find-booking", "Receptionist finds the booking in the computer")
                .moment(MomentKind::Identification)
                .place(Place::Desk)
                .data([DataUse::LooksUp])
                .department("front-office")
                .characteristics([Characteristic::Prompt, Characteristic::Accurate])
                .backstage("Property system look-up"),
        )
        .step(
            Step::builder("key-and-directions", "Guest receives the key and directions to the room")
                .moment(MomentKind::Information)
                .department("front-office")
                .characteristics([Characteristic::Clear, Characteristic::Helpful]),
        );
    let room = Phase::builder("room", "Use of the room")
        .step(
            Step::builder("room-ready", "Guest finds the room ready")
                .moment(MomentKind::Delivery)
                .channels([Channel::FaceToFace])
                .department("housekeeping")
                .characteristics([
                    Characteristic::WellPresented,
                    Characteristic::Comfortable,
                    Characteristic::Personal,
                ])
                .backstage("Cleaning and inspection before release"),
        )
        .step(
            Step::builder("room-request", "Guest calls with a request or a problem")
                .moment(MomentKind::Exception)
                .channels([Channel::Telephone])
                .department("front-office")
                .characteristics([Characteristic::Helpful, Characteristic::Prompt]),
        );
    let check_out = Phase::builder("check-out", "Check-out")
        .step(
            Step::builder("settle", "Guest settles the bill")
                .moment(MomentKind::Payment)
                .channels([Channel::FaceToFace])
                .place(Place::Desk)
                .data([DataUse::Records])
                .department("front-office")
                .characteristics([Characteristic::Accurate, Characteristic::Efficient]),
        )
        .step(
            Step::builder("farewell", "Guest leaves")
                .moment(MomentKind::Farewell)
                .channels([Channel::FaceToFace])
                .department("front-office")
                .characteristics([Characteristic::Friendly, Characteristic::Personal]),
        )
        .step(
            Step::builder("invoice", "Invoice is sent")
                .moment(MomentKind::Billing)
                .channels([Channel::Email, Channel::Letter])
                .department("billing")
                .characteristics([Characteristic::Accurate, Characteristic::Clear]),
        );

    ServiceModel::builder("Hotel Aurora")
        .industry(Industry::Hotel)
        .profile(profile)
        .brand(brand)
        .departments([
            Department::new("front-office", "Front office")?,
            Department::new("housekeeping", "Housekeeping")?,
            Department::new("billing", "Billing")?,
        ])
        .sequence(
            Sequence::builder("stay", "Hotel stay")
                .phase(reservation)
                .phase(check_in)
                .phase(room)
                .phase(check_out),
        )
        .build()
}
