//! The model's public queries answer exactly what was built: the channel
//! families and capabilities, moment kinds, profile factors, brands, phases
//! and steps.

use service_standards::prelude::*;

fn model() -> ServiceModel {
    ServiceModel::builder("Hotel")
        .departments([Department::new("front-office", "Front office").unwrap()])
        .sequence(
            Sequence::builder("stay", "Stay")
                .phase(
                    Phase::builder("reservation", "Reservation")
                        .channels([Channel::Email, Channel::Telephone])
                        .step(Step::builder("take", "Take the booking").moment(MomentKind::OrderTaking)),
                )
                .phase(
                    Phase::builder("check-in", "Check-in").step(
                        Step::builder("greet", "Greet")
                            .moment(MomentKind::Welcome)
                            .channels([Channel::FaceToFace])
                            .department("front-office"),
                    ),
                ),
        )
        .build()
        .unwrap()
}

#[test]
fn each_channel_family_lists_exactly_its_channels() {
    let of = |family: ChannelFamily| family.channels().collect::<Vec<_>>();
    assert_eq!(of(ChannelFamily::Direct), [Channel::FaceToFace]);
    assert_eq!(of(ChannelFamily::Telephone), [Channel::Telephone, Channel::Sms]);
    assert_eq!(
        of(ChannelFamily::Internet),
        [
            Channel::Email,
            Channel::WebForm,
            Channel::Chat,
            Channel::VideoCall,
            Channel::SocialMedia,
            Channel::Forum,
            Channel::SelfService,
            Channel::App
        ]
    );
    assert_eq!(of(ChannelFamily::Correspondence), [Channel::Letter, Channel::Fax]);
}

#[test]
fn each_capability_lists_exactly_the_channels_that_have_it() {
    let of = |capability: Capability| capability.channels().collect::<Vec<_>>();
    assert_eq!(of(Capability::StaffSeen), [Channel::FaceToFace, Channel::VideoCall]);
    assert_eq!(of(Capability::StaffHeard), [Channel::FaceToFace, Channel::Telephone, Channel::VideoCall]);
    assert_eq!(
        of(Capability::Written),
        [
            Channel::Email,
            Channel::WebForm,
            Channel::Chat,
            Channel::SocialMedia,
            Channel::Forum,
            Channel::Letter,
            Channel::Fax,
            Channel::Sms,
            Channel::App
        ]
    );
    assert_eq!(
        of(Capability::Synchronous),
        [Channel::FaceToFace, Channel::Telephone, Channel::Chat, Channel::VideoCall]
    );
    assert_eq!(of(Capability::Public), [Channel::SocialMedia, Channel::Forum]);
}

#[test]
fn exactly_four_moment_kinds_are_facilitating() {
    let facilitating: Vec<MomentKind> =
        MomentKind::ALL.iter().copied().filter(|kind| kind.is_facilitating()).collect();
    assert_eq!(
        facilitating,
        [MomentKind::Information, MomentKind::OrderTaking, MomentKind::Billing, MomentKind::Payment]
    );
}

#[test]
fn a_factor_is_written_as_kind_and_value() {
    let factor = Factor::Risk(Risk::High);
    assert_eq!(factor.value_str(), "high");
    assert_eq!(factor.to_string(), "risk: high");
    assert_eq!(Factor::Purchaser(Purchaser::Mixed).to_string(), "purchaser: mixed");
}

#[test]
fn a_behaviour_keeps_its_department() {
    let brand = Brand::builder()
        .on_brand_in("front-office", "Walk the guest to the lift")
        .off_brand("Point at the lift")
        .build()
        .unwrap();
    let on = brand.on_brand().next().unwrap();
    assert_eq!(on.department().map(Id::as_str), Some("front-office"));
    assert_eq!(brand.off_brand().next().unwrap().department(), None);
}

#[test]
fn a_brand_turned_back_into_a_builder_builds_the_same_brand() {
    let brand = Brand::builder()
        .emotions([Emotion::Warmth])
        .value("Hospitality without fuss")
        .on_brand_in("front-office", "Walk the guest to the lift")
        .off_brand("Point at the lift")
        .build()
        .unwrap();
    assert_eq!(BrandBuilder::from(brand.clone()).build().unwrap(), brand);
}

#[test]
fn phases_and_steps_keep_their_own_channels() {
    let model = model();
    let stay = &model.sequences()[0];
    let reservation = &stay.phases()[0];
    assert_eq!(reservation.channels(), EnumSet::from([Channel::Telephone, Channel::Email]));
    assert_eq!(reservation.steps()[0].channels(), EnumSet::new());
    let greet = &stay.phases()[1].steps()[0];
    assert_eq!(greet.channels(), EnumSet::from([Channel::FaceToFace]));
    assert_eq!(stay.phases()[1].channels(), EnumSet::new());
}

#[test]
fn who_starts_a_step_and_whether_it_opens_a_contact_follow_the_documented_defaults() {
    let model = ServiceModel::builder("Hotel")
        .sequence(
            Sequence::builder("stay", "Stay").phase(
                Phase::builder("booking", "Booking")
                    .channels([Channel::Telephone, Channel::Email])
                    .step(Step::builder("request", "Guest asks").moment(MomentKind::OrderTaking))
                    .step(Step::builder("details", "Guest gives details").moment(MomentKind::Identification))
                    // Said to be the company's: a new contact, though it shares a channel.
                    .step(
                        Step::builder("confirm", "Booking is confirmed")
                            .moment(MomentKind::Information)
                            .channels([Channel::Email])
                            .started_by(Initiator::Company),
                    )
                    // Billing is the company's by default, and continues the confirmation's e-mail.
                    .step(
                        Step::builder("invoice", "Deposit invoice")
                            .moment(MomentKind::Billing)
                            .channels([Channel::Email]),
                    )
                    // A new channel: a new contact.
                    .step(
                        Step::builder("call", "Guest calls about the deposit")
                            .moment(MomentKind::Exception)
                            .channels([Channel::Telephone]),
                    ),
            ),
        )
        .build()
        .unwrap();
    let contact: Vec<(&str, Initiator, bool)> = model
        .steps()
        .map(|s| (s.step().id().as_str(), s.step().started_by(), s.step().opens_contact()))
        .collect();
    assert_eq!(
        contact,
        [
            ("request", Initiator::Customer, true),
            ("details", Initiator::Customer, false),
            ("confirm", Initiator::Company, true),
            ("invoice", Initiator::Company, false),
            ("call", Initiator::Customer, true),
        ]
    );
    // A bill presented at the desk is part of the guest's own visit.
    let desk = ServiceModel::builder("Hotel")
        .sequence(
            Sequence::builder("stay", "Stay").phase(
                Phase::builder("check-out", "Check-out")
                    .channels([Channel::FaceToFace])
                    .step(Step::builder("bill", "Guest reviews the bill").moment(MomentKind::Billing))
                    .step(Step::builder("pay", "Guest pays").moment(MomentKind::Payment)),
            ),
        )
        .build()
        .unwrap();
    let at_desk: Vec<(Initiator, bool)> =
        desk.steps().map(|s| (s.step().started_by(), s.step().opens_contact())).collect();
    assert_eq!(at_desk, [(Initiator::Customer, true), (Initiator::Customer, false)]);
    // Written out and read back, the same; only what differs from a default is written.
    #[cfg(feature = "serde")]
    {
        let json = serde_json::to_string(&model).unwrap();
        assert_eq!(json.matches("started_by").count(), 1);
        assert_eq!(json.matches("\"opens\"").count(), 0);
        assert_eq!(serde_json::from_str::<ServiceModel>(&json).unwrap(), model);
    }
}
