//! What a step can say beyond its moment (a contact that spans phases, a
//! step that is no contact, place, data, hand-overs, risk) and a profile
//! per sequence: the checks a model runs on them and their document keys.

use service_standards::prelude::*;

fn visit(continues: &[(&str, &str, &str)]) -> Result<ServiceModel, Error> {
    let face = [Channel::FaceToFace];
    let mut arrival = Phase::builder("arrival", "Arrival")
        .channels(face)
        .step(Step::builder("greet", "Greet").moment(MomentKind::Welcome))
        .step(Step::builder("wait", "Wait for a table").moment(MomentKind::Waiting).no_contact());
    let mut meal = Phase::builder("meal", "Meal").channels(face);
    for &(phase, step, target) in continues {
        let s = Step::builder(step, "Step").moment(MomentKind::OrderTaking).continues(target);
        match phase {
            "arrival" => arrival = arrival.step(s),
            _ => meal = meal.step(s),
        }
    }
    meal = meal.step(Step::builder("pay", "Pay").moment(MomentKind::Payment));
    ServiceModel::builder("Bistro")
        .sequence(Sequence::builder("visit", "Visit").phase(arrival).phase(meal))
        .sequence(
            Sequence::builder("other", "Other").phase(
                Phase::builder("call", "Call")
                    .channels([Channel::Telephone])
                    .step(Step::builder("ask", "Ask").moment(MomentKind::Information)),
            ),
        )
        .build()
}

/// A step continues only an earlier step of its own sequence that is a
/// contact: itself, a later step, a step that is no contact, a step of
/// another sequence or one that does not exist are refused, each with the
/// step's path and the value it names, all at once.
#[test]
fn a_step_continues_only_an_earlier_contact_of_its_sequence() {
    let err = visit(&[
        ("meal", "order", "arrival/greet"),
        ("arrival", "self", "arrival/self"),
        ("arrival", "early", "meal/pay"),
        ("meal", "after-wait", "arrival/wait"),
        ("meal", "elsewhere", "call/ask"),
        ("meal", "full-path", "other/call/ask"),
    ])
    .unwrap_err();
    let found: Vec<String> = err.violations().iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "visit/arrival/self.continues: continues a step that is not before it `arrival/self`",
            "visit/arrival/early.continues: continues a step that is not before it `meal/pay`",
            "visit/meal/after-wait.continues: continues a step that is no contact `arrival/wait`",
            "visit/meal/elsewhere.continues: continues no step of its sequence `call/ask`",
            "visit/meal/full-path.continues: continues no step of its sequence `other/call/ask`",
        ]
    );
    assert_eq!(err.violations()[0].problem(), &Problem::ContinuesLater);
    assert_eq!(err.violations()[2].problem(), &Problem::ContinuesNoContact);
    assert_eq!(err.violations()[3].problem(), &Problem::UnknownContinued);
}

/// Defaults: a step is a contact at no place, does nothing with data,
/// hands over nothing and has its sequence's risk; a sequence has the
/// model's profile. A later call in its own phase is a second contact
/// unless it says otherwise; a step that is no contact leaves the contact
/// around it open.
#[test]
fn the_facts_have_documented_defaults() {
    let model = visit(&[("meal", "order", "arrival/greet")]).unwrap();
    let greet = model.step(&"visit/arrival/greet".parse().unwrap()).unwrap().step();
    assert!(greet.is_contact() && greet.opens_contact());
    assert_eq!((greet.place(), greet.data(), greet.hands_over()), (None, EnumSet::new(), EnumSet::new()));
    assert_eq!((greet.risk(), greet.is_serious()), (Risk::Low, false));
    assert_eq!(model.sequences()[0].profile(), None);
    let wait = model.step(&"visit/arrival/wait".parse().unwrap()).unwrap().step();
    assert!(!wait.is_contact() && !wait.opens_contact() && !wait.same_contact(greet));
    let order = model.step(&"visit/meal/order".parse().unwrap()).unwrap().step();
    let pay = model.step(&"visit/meal/pay".parse().unwrap()).unwrap().step();
    assert!(order.same_contact(greet) && pay.same_contact(greet), "the visit is one contact");

    let calls = ServiceModel::builder("Bank")
        .sequence(
            Sequence::builder("cards", "Cards").phase(
                Phase::builder("lost", "Lost card")
                    .channels([Channel::Telephone])
                    .step(Step::builder("report", "Customer calls").moment(MomentKind::Exception))
                    .step(
                        Step::builder("call-back", "Bank calls back hours later")
                            .moment(MomentKind::FollowUp),
                    ),
            ),
        )
        .build()
        .unwrap();
    let steps: Vec<bool> = calls.steps().map(|s| s.step().opens_contact()).collect();
    assert_eq!(steps, [true, true], "a call back is a second call");
}

/// The document keys are the builders' names: `opens_contact` (written
/// so; `opens`, the old key, still reads), `continues`, `contact = "none"`
/// and `contact = "automatic"`, `place`, `data`, `hands_over`, `risk`, and
/// a sequence's `profile`.
#[cfg(feature = "serde")]
#[test]
fn documents_use_the_builders_names() {
    let old = r#"
        format_version = 1
        name = "Hotel"
        [[sequences]]
        id = "stay"
        name = "Stay"
        [[sequences.phases]]
        id = "room"
        name = "Room"
        channels = ["telephone"]
        [[sequences.phases.steps]]
        id = "request"
        name = "Guest calls"
        moment = "exception"
        [[sequences.phases.steps]]
        id = "call-back"
        name = "Receptionist calls back"
        moment = "information"
        opens = true
    "#;
    let model: ServiceModel = toml::from_str(old).unwrap();
    assert!(model.step(&"stay/room/call-back".parse().unwrap()).unwrap().step().opens_contact());
    let written = toml::to_string(&model).unwrap();
    assert!(written.contains("opens_contact = true") && !written.contains("opens = "), "{written}");
    assert_eq!(toml::from_str::<ServiceModel>(&written).unwrap(), model);

    let new = r#"
        format_version = 1
        name = "Garage"
        [[sequences]]
        id = "service"
        name = "Service"
        [sequences.profile]
        delivery = "days"
        risk = "high"
        [[sequences.phases]]
        id = "reception"
        name = "Reception"
        channels = ["face-to-face", "sms"]
        [[sequences.phases.steps]]
        id = "drop-off"
        name = "Car left at the desk"
        moment = "welcome"
        place = "desk"
        data = ["records", "looks-up"]
        [[sequences.phases.steps]]
        id = "repair"
        name = "Car is repaired"
        moment = "delivery"
        contact = "none"
        place = "bay"
        [[sequences.phases.steps]]
        id = "ready-text"
        name = "The system texts that the car is ready"
        moment = "information"
        channels = ["sms"]
        started_by = "company"
        contact = "automatic"
        [[sequences.phases.steps]]
        id = "hand-back"
        name = "Car is handed back"
        moment = "delivery"
        continues = "reception/drop-off"
        hands_over = ["vehicle", "keys"]
        risk = "moderate"
    "#;
    let model: ServiceModel = toml::from_str(new).unwrap();
    let at = |path: &str| model.step(&path.parse().unwrap()).unwrap().step();
    assert_eq!(model.profile_of(&model.sequences()[0]).delivery(), DeliverySpan::Days);
    assert_eq!(at("service/reception/drop-off").place(), Some(Place::Desk));
    assert_eq!(at("service/reception/drop-off").data(), EnumSet::from([DataUse::Records, DataUse::LooksUp]));
    assert_eq!(at("service/reception/drop-off").risk(), Risk::High, "the sequence's risk");
    assert!(!at("service/reception/repair").is_contact());
    let text = at("service/reception/ready-text");
    assert_eq!((text.is_contact(), text.is_automatic(), text.opens_contact()), (true, true, true));
    assert!(toml::to_string(&model).unwrap().contains("contact = \"automatic\""));
    let hand_back = at("service/reception/hand-back");
    assert_eq!(hand_back.hands_over(), EnumSet::from([Valuable::Vehicle, Valuable::Keys]));
    assert_eq!((hand_back.risk(), hand_back.is_serious()), (Risk::Moderate, true));
    assert!(hand_back.same_contact(at("service/reception/drop-off")));
    assert_eq!(toml::from_str::<ServiceModel>(&toml::to_string(&model).unwrap()).unwrap(), model);
}

/// A contact never runs from one sequence into the next: the first step of
/// a sequence opens one even where it says it continues one.
#[test]
fn the_first_contact_of_a_sequence_opens_one() -> Result<(), Error> {
    let letter = |id: &str| Phase::builder(id, "Phase").channels([Channel::Letter]);
    let model = ServiceModel::builder("Office")
        .sequence(
            Sequence::builder("first", "First")
                .phase(letter("p").step(Step::builder("s", "Send").moment(MomentKind::Information))),
        )
        .sequence(Sequence::builder("second", "Second").phase(
            letter("p").step(Step::builder("s", "Welcome").moment(MomentKind::Welcome).continues_contact()),
        ))
        .build()?;
    let opens: Vec<bool> = model.steps().map(|s| s.step().opens_contact()).collect();
    assert_eq!(opens, [true, true]);
    // So a rule stated once per contact is stated in each sequence.
    let rule = Rule::builder("write-kindly")
        .when(Condition::builder().channels([Channel::Letter]))
        .kind(StandardKind::PersonalContact)
        .dimension(QualityDimension::Empathy)
        .statement("Write kindly to every {customer}")
        .targets(LevelTargets::same(Target::Always))
        .once_per_contact();
    let set = RuleSet::builder().rule(rule).build()?.derive(&model, ServiceLevel::Basic);
    let at: Vec<String> = set.iter().map(|s| s.step().to_string()).collect();
    assert_eq!(at, ["first/p/s", "second/p/s"]);
    Ok(())
}
