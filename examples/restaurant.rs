//! A restaurant modelled from its trade's template: the restaurant pack's
//! template read from `examples/models/restaurant.toml`, edited a little
//! through the API (a brand, a thank-you after the visit), checked against the pack,
//! and its standards derived and printed at the expected level, in English
//! with a few lines in Polish.
//!
//! Run with `cargo run --example restaurant`.

use std::error::Error as StdError;

use service_standards::prelude::*;

fn main() -> Result<(), Box<dyn StdError>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/models/restaurant.toml");
    let template: ServiceModel = toml::from_str(&std::fs::read_to_string(path)?)?;
    let pack = Pack::builtin("restaurant").ok_or("the restaurant pack is built in")?;
    assert_eq!(Some(&template), pack.template());

    // Our restaurant: the template, with a warm brand, and a thank-you the
    // day after a booked visit with the answer to reviews.
    let after = Sequence::builder("after", "After the visit").phase(
        Phase::builder("feedback", "Feedback")
            .channels([Channel::Email])
            .step(
                Step::builder("thank-you", "A thank-you message the day after a booked visit")
                    .moment(MomentKind::FollowUp)
                    .department("management"),
            )
            .step(
                Step::builder("answer-review", "Manager answers a review or a complaint")
                    .moment(MomentKind::Exception)
                    .channels([Channel::Email, Channel::SocialMedia])
                    .started_by(Initiator::Customer)
                    .opens_contact()
                    .department("management"),
            ),
    );
    let model = template
        .to_builder()
        .brand(Brand::builder().emotions([Emotion::Warmth]).value("Cooked here, every day"))
        .sequence(after)
        .build()?;

    let suggestions = pack.check(&model);
    println!("{} ({} pack): {} suggestion(s)", model.name(), model.pack(), suggestions.len());
    for suggestion in &suggestions {
        println!("  - {suggestion}");
    }

    let rules = RuleSet::catalogue();
    let set = rules.try_derive(&model, ServiceLevel::Expected)?;
    println!("\n{} standards and {} policies at the expected level", set.len(), set.policies().len());
    for at in model.steps() {
        let path = at.path();
        let here: Vec<&Standard> = set.iter().filter(|s| s.step() == &path).collect();
        if here.is_empty() {
            continue;
        }
        println!("\n{path}: {}", at.step().name());
        for standard in here {
            let critical = pack.rules().rule(standard.rule().as_str()).is_some_and(Rule::is_critical);
            let mark = if critical { "critical " } else { "" };
            println!("  - {mark}[{}] {}", standard.kind(), standard.statement());
        }
    }
    for policy in set.policies() {
        println!("\npolicy: {}", policy.statement());
    }

    println!("\nPo polsku:");
    for rule in ["allergy-question-asked", "bill-presented", "payment-at-table"] {
        if let Some(standard) = set.iter().find(|s| s.rule().as_str() == rule) {
            println!("  - {}", Locale::Polish.statement(standard));
        }
    }
    Ok(())
}
