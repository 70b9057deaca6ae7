//! The hotel of the service-quality literature: a stay from reservation to
//! check-out, its departments, brand and profile; the standards derived from
//! it at the expected level, with the hotel's own rules added.
//!
//! Run with `cargo run --example hotel_check_in`.

use std::{collections::BTreeMap, error::Error as StdError};

use service_standards::*;

/// The hotel's service model.
fn hotel() -> Result<ServiceModel, Error> {
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
                .characteristics([Characteristic::Friendly, Characteristic::Prompt, Characteristic::Accurate])
                .customer_action("Calls, writes or fills in the booking form"),
        )
        .step(
            Step::builder("confirm", "Booking is confirmed")
                .moment(MomentKind::Information)
                .channel(Channel::Email)
                .department("front-office")
                .characteristics([Characteristic::Accurate, Characteristic::Clear])
                .backstage("Booking entered in the property system"),
        );
    let check_in = Phase::builder("check-in", "Check-in")
        .channel(Channel::FaceToFace)
        .step(
            Step::builder(
                "greet",
                "Guest approaches the desk; receptionist greets and asks about the booking",
            )
            .moment(MomentKind::Welcome)
            .department("front-office")
            .characteristics([Characteristic::Friendly, Characteristic::Attentive])
            .customer_action("Walks up to the reception desk"),
        )
        .step(
            Step::builder("find-booking", "Receptionist finds the booking in the computer")
                .moment(MomentKind::Identification)
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
                .channel(Channel::FaceToFace)
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
                .channel(Channel::Telephone)
                .department("front-office")
                .characteristics([Characteristic::Helpful, Characteristic::Prompt]),
        );
    let check_out = Phase::builder("check-out", "Check-out")
        .step(
            Step::builder("settle", "Guest settles the bill")
                .moment(MomentKind::Payment)
                .channel(Channel::FaceToFace)
                .department("front-office")
                .characteristics([Characteristic::Accurate, Characteristic::Efficient]),
        )
        .step(
            Step::builder("invoice", "Invoice is sent")
                .moment(MomentKind::Billing)
                .channels([Channel::Email, Channel::Letter])
                .department("billing")
                .characteristics([Characteristic::Accurate, Characteristic::Clear]),
        )
        .step(
            Step::builder("farewell", "Guest leaves")
                .moment(MomentKind::Farewell)
                .channel(Channel::FaceToFace)
                .department("front-office")
                .characteristics([Characteristic::Friendly, Characteristic::Personal]),
        );

    ServiceModel::builder("Hotel Aurora")
        .profile(profile)
        .brand(brand)
        .departments([
            Department::new("front-office", "Front office")?,
            Department::new("housekeeping", "Housekeeping")?,
            Department::new("billing", "Billing")?,
        ])
        .sequence(Sequence::builder("stay", "Hotel stay").phases([reservation, check_in, room, check_out]))
        .build()
}

/// Prints the model as an outline: sequence → phases → steps.
fn print_outline(model: &ServiceModel) {
    println!("{}", model.name());
    let factors: Vec<String> = model.profile().factors().iter().map(ToString::to_string).collect();
    println!("  profile: {}", factors.join("; "));
    let emotions: Vec<&str> = model.brand().emotions().iter().map(Vocabulary::as_str).collect();
    println!("  brand: evokes {}; values: {}", emotions.join(", "), model.brand().values().join("; "));
    for b in model.brand().on_brand() {
        println!("    on-brand{}: {}", scope(b), b.text());
    }
    for b in model.brand().off_brand() {
        println!("    off-brand{}: {}", scope(b), b.text());
    }
    let departments: Vec<String> =
        model.departments().iter().map(|d| format!("{} ({})", d.name(), d.id())).collect();
    println!("  departments: {}", departments.join(", "));
    for sequence in model.sequences() {
        println!("\nsequence {}: {}", sequence.id(), sequence.name());
        for (n, phase) in sequence.phases().iter().enumerate() {
            println!("  {}. phase {}: {}", n + 1, phase.id(), phase.name());
            for step in phase.steps() {
                let channels: Vec<&str> = phase.channels_of(step).iter().map(Vocabulary::as_str).collect();
                let characteristics: Vec<&str> =
                    step.characteristics().iter().map(Vocabulary::as_str).collect();
                println!("     - {}: {}", step.id(), step.name());
                println!(
                    "       moment {} | channels {} | department {} | {}",
                    step.moment(),
                    channels.join(", "),
                    step.department().map_or("none", Id::as_str),
                    characteristics.join(", ")
                );
            }
        }
    }
}

fn scope(b: &Behaviour) -> String {
    b.department().map(|d| format!(" ({d})")).unwrap_or_default()
}

/// Prints standards grouped by phase and kind.
fn print_standards(model: &ServiceModel, set: &StandardSet) {
    println!("\n{} standards at the {} level", set.len(), set.level());
    for sequence in model.sequences() {
        for phase in sequence.phases() {
            println!("\n== {} / {}", sequence.name(), phase.name());
            let mut by_kind: BTreeMap<StandardKind, Vec<&Standard>> = BTreeMap::new();
            for s in set.in_phase(sequence.id().as_str(), phase.id().as_str()) {
                by_kind.entry(s.kind()).or_default().push(s);
            }
            for (kind, standards) in by_kind {
                println!("  [{kind}]");
                for s in standards {
                    let channels: Vec<&str> = s.channels().iter().map(Vocabulary::as_str).collect();
                    println!("    - {} ({}; {})", s.statement(), s.step().step(), channels.join(", "));
                    println!(
                        "      target: {} | level: {} | rule: {} | because of {}",
                        s.target(),
                        s.level(),
                        s.rule(),
                        s.trigger()
                    );
                }
            }
        }
    }
}

fn main() -> Result<(), Box<dyn StdError>> {
    let model = hotel()?;
    print_outline(&model);

    let mine: RuleSet = toml::from_str(include_str!("rules/hotel.toml"))?;
    let rules = RuleSet::catalogue().merge(&mine)?;
    println!(
        "\nrules: {} from the catalogue + {} of the hotel's own = {}",
        RuleSet::catalogue().len(),
        mine.len(),
        rules.len()
    );

    let set = rules.derive(&model, ServiceLevel::Expected);
    print_standards(&model, &set);

    let coverage = set.coverage(&model);
    println!(
        "\ncoverage: {} phase × channel pairs checked, {} holes",
        coverage.checked(),
        coverage.holes().len()
    );
    for hole in coverage.holes() {
        println!("  - {hole}");
    }
    Ok(())
}
