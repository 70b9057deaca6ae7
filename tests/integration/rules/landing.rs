//! Where the catalogue's general rules land: only where their thing
//! happens. A lint over every rule (each names the fact of the step its
//! thing needs) and a property over generated models that use every fact a
//! step can say (a rule marked for a thing never lands on a step without it).

use proptest::prelude::*;
use service_standards::prelude::*;

/// The places a customer walks up to, to be served across.
const DESKS: [Place; 2] = [Place::Desk, Place::Counter];

/// The concerns of rules about a complaint the customer raises.
const COMPLAINT_CONCERNS: [&str; 6] = [
    "complaint-apology",
    "complaint-resolution",
    "complaint-registration",
    "complaint-follow-up",
    "no-selling-in-complaints",
    "public-follow-up",
];

fn is_share(target: Target) -> bool {
    matches!(target, Target::Share(_) | Target::ShareWithin { .. })
}

/// Every catalogue rule names the fact of the step its thing needs: a
/// greeting on arrival needs an arrival (a contact the customer opens face
/// to face, at a welcome or at a desk); a transaction at the desk needs a
/// desk; a record needs a step that records; a complaint needs one the
/// customer raises (its check-back, the business's answer after one); a
/// contingency plan starts on a disruption; a
/// cloakroom receipt needs something left in care that a cloakroom keeps;
/// a share of cases where something is recorded or handed over has a
/// zero-defect rule of its concern for the steps where a loss is serious.
#[test]
fn every_catalogue_rule_names_the_fact_its_thing_needs() {
    let catalogue = RuleSet::catalogue();
    let mut checked = [0usize; 7];
    for rule in catalogue.rules() {
        let (id, c) = (rule.id().as_str(), rule.condition());
        let concern = rule.concern().as_str();
        let text = rule.template().statement().as_str().to_lowercase();
        if concern == "greeting-on-arrival"
            || concern == "acknowledge-approach"
            || text.contains("their arrival")
        {
            checked[0] += 1;
            assert!(c.opening_only(), "{id}: an arrival opens a contact");
            assert_eq!(c.started_by(), Some(Initiator::Customer), "{id}: the customer arrives");
            assert_eq!(c.reachable_channels(), EnumSet::from([Channel::FaceToFace]), "{id}: face to face");
            let welcome = c.moments() == EnumSet::from([MomentKind::Welcome]);
            let desk = !c.places().is_empty() && c.places().is_subset(DESKS.into_iter().collect());
            assert!(welcome || desk, "{id}: a welcome or a desk");
        }
        if text.contains(" at the desk") {
            checked[1] += 1;
            assert!(
                !c.places().is_empty() && c.places().is_subset(DESKS.into_iter().collect()),
                "{id}: a desk"
            );
        }
        if text.starts_with("record ") || concern == "record-accuracy" {
            checked[2] += 1;
            assert!(c.data().contains(DataUse::Records), "{id}: a step that records");
        }
        if concern == "complaint-follow-up" && c.started_by() == Some(Initiator::Company) {
            // The check-back after a problem is solved: at the business's
            // answer to a complaint raised earlier in the sequence.
            checked[3] += 1;
            assert!(c.after_in_sequence().contains(MomentKind::Exception), "{id}: after a complaint");
            assert!(
                c.moments().is_subset(EnumSet::from([MomentKind::Exception, MomentKind::Information])),
                "{id}: an answer"
            );
        } else if text.contains("complaint") || COMPLAINT_CONCERNS.contains(&concern) {
            checked[3] += 1;
            assert_eq!(c.started_by(), Some(Initiator::Customer), "{id}: a complaint the customer raises");
            if COMPLAINT_CONCERNS.contains(&concern) {
                assert_eq!(c.moments(), EnumSet::from([MomentKind::Exception]), "{id}: an exception");
            }
        }
        if concern == "contingency-start" {
            checked[4] += 1;
            assert_eq!(c.moments(), EnumSet::from([MomentKind::Disruption]), "{id}: a disruption");
        }
        if concern == "safekeeping" {
            checked[5] += 1;
            let kept = c.hands_over();
            assert!(!kept.is_empty(), "{id}: something left in care");
            for never in [Valuable::Cash, Valuable::Card, Valuable::Vehicle] {
                assert!(!kept.contains(never), "{id}: no cloakroom receipt for {never}");
            }
        }
        let targets = || ServiceLevel::ALL.iter().filter_map(|&l| rule.template().targets().get(l));
        if c.serious_only() {
            assert!(targets().all(|t| matches!(t, Target::Always | Target::Never)), "{id}: zero defects");
        }
        let records_or_hands_over =
            c.data().contains(DataUse::Records) || c.moments() == EnumSet::from([MomentKind::Delivery]);
        if records_or_hands_over && targets().any(is_share) {
            checked[6] += 1;
            let zero_defects = catalogue.rules().any(|other| {
                other.concern() == rule.concern()
                    && other.condition().serious_only()
                    && ServiceLevel::ALL
                        .iter()
                        .filter_map(|&l| other.template().targets().get(l))
                        .all(|t| t == Target::Always)
            });
            assert!(
                zero_defects,
                "{id}: a share of cases needs a zero-defect rule of `{concern}` for serious steps"
            );
        }
    }
    // Each check met the rules it is about.
    assert_eq!(checked, [3, 1, 3, 12, 1, 1, 2]);
}

/// A generated step: every fact a step can say.
#[derive(Debug, Clone)]
struct StepSpec {
    moment: MomentKind,
    channels: Vec<Channel>,
    characteristics: Vec<Characteristic>,
    started_by: Option<Initiator>,
    opens: Option<bool>,
    no_contact: bool,
    automatic: bool,
    continues: Option<usize>,
    place: Option<Place>,
    data: Vec<DataUse>,
    hands_over: Vec<Valuable>,
    risk: Option<Risk>,
}

fn step_spec() -> impl Strategy<Value = StepSpec> {
    let channels =
        [Channel::FaceToFace, Channel::Telephone, Channel::Email, Channel::Chat, Channel::Sms, Channel::App];
    (
        (
            prop::sample::select(MomentKind::ALL),
            prop::sample::subsequence(channels.to_vec(), 1..=2),
            prop::sample::subsequence(Characteristic::ALL.to_vec(), 0..=6),
            prop::option::of(prop::sample::select(Initiator::ALL)),
            prop::option::weighted(0.2, any::<bool>()),
            prop::bool::weighted(0.15),
        ),
        (
            prop::option::weighted(0.25, 0usize..16),
            prop::option::of(prop::sample::select(Place::ALL)),
            prop::sample::subsequence(DataUse::ALL.to_vec(), 0..=2),
            prop::sample::subsequence(Valuable::ALL.to_vec(), 0..=2),
            prop::option::weighted(0.3, prop::sample::select(Risk::ALL)),
            prop::bool::weighted(0.15),
        ),
    )
        .prop_map(
            |(
                (moment, channels, characteristics, started_by, opens, no_contact),
                (continues, place, data, hands_over, risk, automatic),
            )| {
                StepSpec {
                    moment,
                    channels,
                    characteristics,
                    started_by,
                    opens,
                    no_contact,
                    automatic,
                    continues,
                    place,
                    data,
                    hands_over,
                    risk,
                }
            },
        )
}

/// A model of one or two sequences of up to three phases of up to four
/// steps, some with a profile of their own.
fn model() -> impl Strategy<Value = ServiceModel> {
    let profile = (
        prop::sample::select(Risk::ALL),
        prop::sample::select(DeliverySpan::ALL),
        prop::sample::select(TaskAllocation::ALL),
    )
        .prop_map(|(risk, delivery, tasks)| {
            ServiceProfile::builder().risk(risk).delivery(delivery).tasks(tasks).build()
        });
    let sequence = (
        prop::option::of(profile.clone()),
        prop::collection::vec(prop::collection::vec(step_spec(), 1..=4), 1..=3),
    );
    (profile, prop::collection::vec(sequence, 1..=2)).prop_map(|(profile, sequences)| {
        let mut model = ServiceModel::builder("Business").profile(profile);
        for (s, (own, phases)) in sequences.into_iter().enumerate() {
            let mut sequence = Sequence::builder(format!("s{s}"), "Sequence");
            if let Some(own) = own {
                sequence = sequence.profile(own);
            }
            // The earlier steps of the sequence that are contacts, as `phase/step`.
            let mut contacts: Vec<String> = Vec::new();
            for (p, steps) in phases.into_iter().enumerate() {
                let mut phase = Phase::builder(format!("p{p}"), "Phase");
                for (n, spec) in steps.into_iter().enumerate() {
                    let mut step = Step::builder(format!("t{n}"), "Step")
                        .moment(spec.moment)
                        .channels(spec.channels)
                        .characteristics(spec.characteristics)
                        .data(spec.data)
                        .hands_over(spec.hands_over);
                    if let Some(by) = spec.started_by {
                        step = step.started_by(by);
                    }
                    if let Some(place) = spec.place {
                        step = step.place(place);
                    }
                    if let Some(risk) = spec.risk {
                        step = step.risk(risk);
                    }
                    if spec.no_contact {
                        step = step.no_contact();
                    } else {
                        if spec.automatic {
                            step = step.automatic();
                        }
                        match (spec.continues, contacts.len()) {
                            (Some(k), len) if len > 0 => step = step.continues(contacts[k % len].clone()),
                            _ => match spec.opens {
                                Some(true) => step = step.opens_contact(),
                                Some(false) => step = step.continues_contact(),
                                None => {}
                            },
                        }
                        contacts.push(format!("p{p}/t{n}"));
                    }
                    phase = phase.step(step);
                }
                sequence = sequence.phase(phase);
            }
            model = model.sequence(sequence);
        }
        model.build().expect("a generated model is valid")
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// A rule marked for a thing (an arrival, a desk, a record, an
    /// exception the customer raises, a disruption, a contact, a person at
    /// the step) never lands on a step without it; where a loss is serious, what is recorded or
    /// handed over is never held to a share of cases.
    #[test]
    fn a_rule_marked_for_a_thing_never_lands_without_it(model in model(), level in prop::sample::select(ServiceLevel::ALL)) {
        let set = RuleSet::catalogue().derive(&model, level);
        for standard in set.iter() {
            let step = model.step(standard.step()).expect("the step of a standard is in the model").step();
            let (concern, rule) = (standard.concern().as_str(), standard.rule().as_str());
            let at = standard.step().to_string();
            if concern == "greeting-on-arrival" {
                prop_assert!(step.opens_contact() && step.started_by() == Initiator::Customer, "{rule} at {at}");
                prop_assert_eq!(standard.channels(), EnumSet::from([Channel::FaceToFace]));
                let desk = step.place().is_some_and(|p| DESKS.contains(&p));
                prop_assert!(step.moment() == MomentKind::Welcome || desk, "{} at {}", rule, at);
            }
            if rule == "transaction-at-desk" {
                prop_assert!(step.place().is_some_and(|p| DESKS.contains(&p)), "{} at {}", rule, at);
            }
            if concern == "record-accuracy" {
                prop_assert!(step.data().contains(DataUse::Records), "{} at {}", rule, at);
            }
            if COMPLAINT_CONCERNS.contains(&concern) {
                let raised = step.moment() == MomentKind::Exception && step.started_by() == Initiator::Customer;
                // Or the business's answer, after a complaint raised
                // earlier in the same sequence.
                let answer = concern == "complaint-follow-up"
                    && step.started_by() == Initiator::Company
                    && model.sequence(standard.step().sequence().as_str()).is_some_and(|sequence| {
                        sequence
                            .phases()
                            .iter()
                            .flat_map(|phase| phase.steps())
                            .take_while(|earlier| !std::ptr::eq(*earlier, step))
                            .any(|earlier| earlier.moment() == MomentKind::Exception)
                    });
                prop_assert!(raised || answer, "{} at {}", rule, at);
            }
            if concern == "contingency-start" {
                prop_assert_eq!(step.moment(), MomentKind::Disruption);
            }
            let excluded = RuleSet::catalogue().rule(rule).map(|r| r.condition().excluded_places()).unwrap_or_default();
            prop_assert!(!step.place().is_some_and(|p| excluded.contains(p)), "{} at {}: an excluded place", rule, at);
            if !step.is_contact() {
                prop_assert!(standard.kind() != StandardKind::PersonalContact, "{} at {}", rule, at);
                prop_assert!(!RuleSet::catalogue().rule(rule).is_some_and(Rule::is_once_per_contact), "{} at {}", rule, at);
            }
            if step.is_automatic() {
                let staffed = RuleSet::catalogue().rule(rule).is_some_and(|r| r.condition().staffed_only());
                prop_assert!(!staffed, "{} at {}: needs a person, the step is automatic", rule, at);
                prop_assert!(step.is_contact(), "{}", at);
            }
            if step.is_serious() && (concern == "delivery-accuracy" || concern == "record-accuracy") {
                prop_assert!(!is_share(standard.target()), "{} at {}: {:?}", rule, at, standard.target());
            }
        }
    }

    /// A generated model reads back as itself from its document, with every
    /// fact of its steps and its sequences' profiles.
    #[cfg(feature = "serde")]
    #[test]
    fn a_model_with_every_fact_reads_back_from_its_document(model in model()) {
        let json = serde_json::to_string(&model).unwrap();
        let back: ServiceModel = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &model);
        let toml_text = toml::to_string(&model).unwrap();
        let back: ServiceModel = toml::from_str(&toml_text).unwrap();
        prop_assert_eq!(back, model);
    }
}

/// A message the system sends is checked and signed by nobody: the rules
/// that need a person at the step (checked by hand, signed by name) land on
/// the e-mail a person writes and not on the automatic one.
#[test]
fn rules_for_a_person_stay_off_automatic_messages() -> Result<(), Error> {
    let email = |id: &str, automatic: bool| {
        let step = Step::builder(id, "Order confirmed by e-mail")
            .moment(MomentKind::Information)
            .started_by(Initiator::Company);
        if automatic { step.automatic() } else { step }
    };
    let model = ServiceModel::builder("Shop")
        .sequence(
            Sequence::builder("order", "Order").phase(
                Phase::builder("confirm", "Confirmation")
                    .channels([Channel::Email])
                    .step(email("by-hand", false))
                    .step(email("by-system", true).opens_contact()),
            ),
        )
        .build()?;
    let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    let rules_at = |step: &str| -> Vec<&str> {
        let mut rules: Vec<&str> = set
            .iter()
            .filter(|s| s.step().to_string() == format!("order/confirm/{step}"))
            .map(|s| s.rule().as_str())
            .filter(|r| ["check-before-sending", "department-signature"].contains(r))
            .collect();
        rules.sort_unstable();
        rules
    };
    assert_eq!(rules_at("by-hand"), ["check-before-sending", "department-signature"]);
    assert_eq!(rules_at("by-system"), Vec::<&str>::new());
    Ok(())
}
