//! Per-phase levels in derivation, and the improvement plan: gaps ranked,
//! the first phase's raise, rendered in both languages. Hand-checked cases
//! on a small hotel with its own rules, so nothing depends on the catalogue.

use crate::shared::hotel;

use service_standards::prelude::*;

/// Reservation by telephone, then check-in at the desk (greet, hand over the key).
fn small_hotel() -> (ServiceModel, RuleSet) {
    let model = ServiceModel::builder("Hotel")
        .sequence(
            Sequence::builder("stay", "Stay")
                .phase(
                    Phase::builder("reservation", "Reservation")
                        .channels([Channel::Telephone])
                        .step(Step::builder("request", "Guest calls").moment(MomentKind::OrderTaking)),
                )
                .phase(
                    Phase::builder("check-in", "Check-in")
                        .channels([Channel::FaceToFace])
                        .step(Step::builder("greet", "Guest at the desk").moment(MomentKind::Welcome))
                        .step(Step::builder("key", "Key handed over").moment(MomentKind::Information)),
                ),
        )
        .build()
        .unwrap();
    let rules = RuleSet::builder()
        .rule(
            Rule::builder("answer")
                .when(Condition::builder().moments([MomentKind::OrderTaking]))
                .kind(StandardKind::Procedure)
                .dimension(QualityDimension::Responsiveness)
                .statement("Answer every call {target}")
                .targets(
                    LevelTargets::new()
                        .at(ServiceLevel::Basic, Target::WithinRings(3))
                        .at(ServiceLevel::Expected, Target::WithinRings(3))
                        .at(ServiceLevel::Exclusive, Target::WithinRings(2)),
                ),
        )
        .rule(
            Rule::builder("greet")
                .when(Condition::builder().moments([MomentKind::Welcome]))
                .kind(StandardKind::PersonalContact)
                .dimension(QualityDimension::Empathy)
                .statement("Greet every {customer} {target}")
                .targets(
                    LevelTargets::new()
                        .at(ServiceLevel::Basic, Target::within_secs(60))
                        .at(ServiceLevel::Expected, Target::within_secs(30))
                        .at(ServiceLevel::Exclusive, Target::within_secs(10)),
                ),
        )
        .rule(
            Rule::builder("key-ready")
                .when(
                    Condition::builder()
                        .moments([MomentKind::Information])
                        .from_level(ServiceLevel::Exclusive),
                )
                .kind(StandardKind::Procedure)
                .dimension(QualityDimension::Reliability)
                .statement("Have the key ready before the {customer} reaches the desk")
                .targets(LevelTargets::new().at(ServiceLevel::Exclusive, Target::Always)),
        )
        .build()
        .unwrap();
    (model, rules)
}

fn phase(path: &str) -> PhasePath {
    path.parse().unwrap()
}

fn ids<'a>(list: impl IntoIterator<Item = &'a StandardId>) -> Vec<String> {
    list.into_iter().map(ToString::to_string).collect()
}

fn item(subject: Subject, expectation: f64, perception: f64) -> FeedbackItem {
    FeedbackItem::new(subject, expectation, perception)
}

fn feedback(items: impl IntoIterator<Item = FeedbackItem>) -> GapAnalysis {
    Feedback::builder(Scale::new(1.0, 7.0).unwrap()).items(items).build().unwrap().gaps()
}

// Per-phase levels in derivation.

#[test]
fn uniform_levels_derive_exactly_what_one_level_derives() {
    let model = hotel::hotel().unwrap();
    let rules = RuleSet::catalogue();
    for &level in ServiceLevel::ALL {
        let one = rules.derive(&model, level);
        let with = rules.derive_with(&model, &Levels::new(level));
        assert_eq!(with, one);
        assert_eq!(with.listing(), one.listing());
        assert_eq!(with.levels(), &Levels::new(level));
    }
}

#[test]
fn each_phase_is_derived_at_its_own_level() {
    let model = hotel::hotel().unwrap();
    let rules = RuleSet::catalogue();
    let check_in = phase("stay/check-in");
    let levels = Levels::new(ServiceLevel::Expected).phase(check_in.clone(), ServiceLevel::Exclusive);
    let mixed = rules.derive_with(&model, &levels);
    let expected = rules.derive(&model, ServiceLevel::Expected);
    let exclusive = rules.derive(&model, ServiceLevel::Exclusive);
    assert_eq!(mixed.level(), ServiceLevel::Expected);
    assert_eq!(mixed.levels(), &levels);
    // Check-in's standards are the exclusive set's, the others the expected set's.
    let (inside, outside): (Vec<&Standard>, Vec<&Standard>) =
        mixed.iter().partition(|s| check_in.contains(s.step()));
    let exclusive_inside: Vec<&Standard> = exclusive.iter().filter(|s| check_in.contains(s.step())).collect();
    let expected_outside: Vec<&Standard> = expected.iter().filter(|s| !check_in.contains(s.step())).collect();
    assert!(!inside.is_empty() && !outside.is_empty());
    assert_eq!(inside, exclusive_inside);
    assert_eq!(outside, expected_outside);
    assert!(inside.iter().all(|s| s.derived_at() == ServiceLevel::Exclusive));
    assert!(outside.iter().all(|s| s.derived_at() == ServiceLevel::Expected));
}

#[test]
fn the_small_hotel_derives_by_phase() {
    let (model, rules) = small_hotel();
    let levels = Levels::new(ServiceLevel::Basic).phase(phase("stay/check-in"), ServiceLevel::Exclusive);
    let set = rules.derive_with(&model, &levels);
    let lines: Vec<String> =
        set.iter().map(|s| format!("{} {} {}", s.id(), s.target(), s.derived_at())).collect();
    assert_eq!(
        lines,
        [
            "answer@stay/reservation/request within 3 rings basic",
            "greet@stay/check-in/greet within 10 seconds exclusive",
            "key-ready@stay/check-in/key always exclusive",
        ]
    );
}

#[test]
fn a_handbook_names_the_phases_at_a_level_of_their_own() {
    let (model, rules) = small_hotel();
    let levels = Levels::new(ServiceLevel::Expected).phase(phase("stay/check-in"), ServiceLevel::Exclusive);
    let set = rules.derive_with(&model, &levels);
    let english = Handbook::new(&model, &set).markdown();
    assert_eq!(
        english.lines().nth(2),
        Some("Level: expected (stay/check-in: exclusive) · number of standards: 3")
    );
    let polish = Handbook::new(&model, &set).locale(Locale::Polish).markdown();
    assert_eq!(
        polish.lines().nth(2),
        Some("Poziom: oczekiwany (stay/check-in: wyjątkowy) · liczba standardów: 3")
    );
    let uniform = rules.derive(&model, ServiceLevel::Expected);
    assert_eq!(
        Handbook::new(&model, &uniform).markdown().lines().nth(2),
        Some("Level: expected · number of standards: 2")
    );
}

#[cfg(feature = "serde")]
#[test]
fn a_set_derived_by_phase_round_trips_as_a_document() {
    let (model, rules) = small_hotel();
    let levels = Levels::new(ServiceLevel::Expected).phase(phase("stay/check-in"), ServiceLevel::Exclusive);
    let set = rules.derive_with(&model, &levels);
    let json: serde_json::Value = serde_json::to_value(&set).unwrap();
    assert_eq!(json["level"], "expected");
    assert_eq!(json["phases"], serde_json::json!([{ "phase": "stay/check-in", "level": "exclusive" }]));
    let back: StandardSet = serde_json::from_value(json).unwrap();
    assert_eq!(back, set);
    assert_eq!(back.levels(), &levels);
    assert!(back.iter().all(|s| s.derived_at() == levels.of_phase(s.step().phase_path())));
    // A set derived at one level writes no `phases`, as before.
    let uniform = serde_json::to_value(rules.derive(&model, ServiceLevel::Expected)).unwrap();
    assert!(uniform.get("phases").is_none());
}

#[cfg(feature = "serde")]
#[test]
fn a_standard_above_its_phase_level_is_refused() {
    let (model, rules) = small_hotel();
    let levels = Levels::new(ServiceLevel::Expected).phase(phase("stay/check-in"), ServiceLevel::Exclusive);
    let mut json = serde_json::to_value(rules.derive_with(&model, &levels)).unwrap();
    // Without its phase's level, the exclusive standard of check-in is above the set's level.
    json.as_object_mut().unwrap().remove("phases");
    let err = serde_json::from_value::<StandardSet>(json.clone()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid standard set: standards/key-ready@stay/check-in/key.level: level above the set's level `exclusive`"
    );
    json["phases"] = serde_json::json!([
        { "phase": "stay/check-in", "level": "exclusive" },
        { "phase": "stay/check-in", "level": "exclusive" },
    ]);
    let err = serde_json::from_value::<StandardSet>(json).unwrap_err();
    assert_eq!(err.to_string(), "invalid standard set: phases[1]: duplicate id `stay/check-in`");
}

/// A level for a phase the model does not have (a typo of `stay/check-in`)
/// derives nothing of its own: `unknown_phases` names it, and the handbook
/// does not claim it. Before, nothing said so and the handbook header read
/// `Level: expected (stay/checkin: exclusive)`.
#[test]
fn a_level_for_a_phase_the_model_lacks_is_listed_and_not_claimed() {
    let (model, rules) = small_hotel();
    let typo = Levels::new(ServiceLevel::Expected)
        .phase(phase("stay/checkin"), ServiceLevel::Exclusive)
        .phase(phase("stay/reservation"), ServiceLevel::Basic)
        .phase(phase("spa/massage"), ServiceLevel::Basic);
    let unknown: Vec<String> = typo.unknown_phases(&model).iter().map(ToString::to_string).collect();
    assert_eq!(
        unknown,
        ["phases[0]: not in the model `spa/massage`", "phases[1]: not in the model `stay/checkin`"]
    );
    let problems: Vec<Problem> = typo.unknown_phases(&model).iter().map(|v| *v.problem()).collect();
    assert_eq!(problems, [Problem::NotInModel, Problem::NotInModel]);
    let set = rules.derive_with(&model, &typo);
    let known = Levels::new(ServiceLevel::Expected).phase(phase("stay/reservation"), ServiceLevel::Basic);
    assert_eq!(set.listing(), rules.derive_with(&model, &known).listing());
    assert_eq!(
        Handbook::new(&model, &set).markdown().lines().nth(2),
        Some("Level: expected (stay/reservation: basic) · number of standards: 2")
    );
    // Only the misspelt phase: the header claims no phase at all.
    let only_typo = Levels::new(ServiceLevel::Expected).phase(phase("stay/checkin"), ServiceLevel::Exclusive);
    let set = rules.derive_with(&model, &only_typo);
    assert_eq!(set.listing(), rules.derive(&model, ServiceLevel::Expected).listing());
    assert_eq!(
        Handbook::new(&model, &set).markdown().lines().nth(2),
        Some("Level: expected · number of standards: 2")
    );
    // Levels of the model's own phases, and a typo given the model's level
    // (not kept), list nothing.
    let fine = Levels::new(ServiceLevel::Expected)
        .phase(phase("stay/check-in"), ServiceLevel::Exclusive)
        .phase(phase("stay/checkin"), ServiceLevel::Expected);
    assert!(fine.unknown_phases(&model).is_empty());
    assert!(Levels::new(ServiceLevel::Basic).unknown_phases(&model).is_empty());
}

// The improvement plan.

/// The small hotel at expected, audited: the reservation's answer failed,
/// check-in's greeting passed.
fn audited() -> (ServiceModel, RuleSet, Levels, ComplianceReport) {
    let (model, rules) = small_hotel();
    let current = Levels::new(ServiceLevel::Expected);
    let set = rules.derive_with(&model, &current);
    let report = Audit::builder()
        .entries([
            AuditEntry::new("answer@stay/reservation/request").verdict(Verdict::Fail),
            AuditEntry::new("greet@stay/check-in/greet").verdict(Verdict::Pass),
        ])
        .build()
        .unwrap()
        .score(&Checklist::new(&set, &ChecklistFilter::new()));
    (model, rules, current, report)
}

/// Empathy −2; check-in, reservation and responsiveness all −1.5.
fn tied_gaps() -> GapAnalysis {
    feedback([
        item(Subject::Phase(phase("stay/check-in")), 6.0, 4.5),
        item(Subject::Dimension(QualityDimension::Empathy), 6.0, 4.0),
        item(Subject::Phase(phase("stay/reservation")), 6.0, 4.5),
        item(Subject::Dimension(QualityDimension::Responsiveness), 6.0, 4.5),
    ])
}

fn ranking(plan: &ImprovementPlan) -> Vec<(String, f64, Option<f64>)> {
    plan.priorities().iter().map(|p| (p.subject().to_string(), p.gap(), p.compliance())).collect()
}

/// Dimensions are scored from the audit too: the greeting (empathy)
/// passed, the answer (responsiveness) failed.
#[test]
fn the_worst_gap_comes_first_and_ties_go_to_the_lower_compliance() {
    let (model, rules, current, report) = audited();
    let gaps = tied_gaps();
    let plan = ImprovementPlan::builder(&model, &rules, &current, &gaps).compliance(&report).build().unwrap();
    assert_eq!(
        ranking(&plan),
        [
            ("empathy".to_owned(), -2.0, Some(1.0)),
            ("responsiveness".to_owned(), -1.5, Some(0.0)),
            ("stay/reservation".to_owned(), -1.5, Some(0.0)),
            ("stay/check-in".to_owned(), -1.5, Some(1.0)),
        ]
    );
    // The reservation's staff do not meet its standard: raising it is no
    // remedy. Check-in meets its standards and still falls short: raised.
    assert_eq!(plan.raise().unwrap().phase(), &phase("stay/check-in"));
}

#[test]
fn without_an_audit_ties_keep_the_order_of_the_gap_analysis() {
    let (model, rules, current, _) = audited();
    let gaps = tied_gaps();
    let plan = ImprovementPlan::builder(&model, &rules, &current, &gaps).build().unwrap();
    // Dimensions before phases, phases in the order first given.
    assert_eq!(
        ranking(&plan),
        [
            ("empathy".to_owned(), -2.0, None),
            ("responsiveness".to_owned(), -1.5, None),
            ("stay/check-in".to_owned(), -1.5, None),
            ("stay/reservation".to_owned(), -1.5, None),
        ]
    );
    assert_eq!(plan.raise().unwrap().phase(), &phase("stay/check-in"));
}

#[test]
fn only_a_phase_of_the_model_that_falls_short_is_raised() {
    let (model, rules, current, _) = audited();
    let gaps = feedback([
        item(Subject::Phase(phase("stay/spa")), 6.0, 3.0),
        item(Subject::Phase(phase("stay/check-in")), 5.0, 6.0),
        item(Subject::Phase(phase("stay/reservation")), 6.0, 5.0),
    ]);
    let plan = ImprovementPlan::builder(&model, &rules, &current, &gaps).build().unwrap();
    let order: Vec<String> = plan.priorities().iter().map(|p| p.subject().to_string()).collect();
    assert_eq!(order, ["stay/spa", "stay/reservation", "stay/check-in"]);
    // The model has no spa: the reservation comes first.
    assert_eq!(plan.raise().unwrap().phase(), &phase("stay/reservation"));
    let pleased = feedback([item(Subject::Phase(phase("stay/check-in")), 5.0, 6.0)]);
    let plan = ImprovementPlan::builder(&model, &rules, &current, &pleased).build().unwrap();
    assert!(plan.raise().is_none());
    assert_eq!(
        plan.markdown(Locale::English).lines().last(),
        Some("No phase falls short of expectations: nothing to raise.")
    );
    assert_eq!(
        plan.markdown(Locale::Polish).lines().last(),
        Some("Żadna faza nie wypada poniżej oczekiwań: nie ma czego podnosić.")
    );
}

#[test]
fn raising_check_in_adds_the_key_and_tightens_the_greeting() {
    let (model, rules, current, _) = audited();
    let gaps = feedback([item(Subject::Phase(phase("stay/check-in")), 6.0, 4.5)]);
    let plan = ImprovementPlan::builder(&model, &rules, &current, &gaps).build().unwrap();
    let raise = plan.raise().unwrap();
    assert_eq!(raise.phase(), &phase("stay/check-in"));
    assert_eq!((raise.current(), raise.raised_to()), (ServiceLevel::Expected, Some(ServiceLevel::Exclusive)));
    let diff = raise.diff();
    assert_eq!(ids(diff.added()), ["key-ready@stay/check-in/key"]);
    let changed: Vec<(String, Target, Target)> =
        diff.target_changed().iter().map(|c| (c.id().to_string(), c.before(), c.after())).collect();
    assert_eq!(
        changed,
        [("greet@stay/check-in/greet".to_owned(), Target::within_secs(30), Target::within_secs(10))]
    );
    assert!(diff.removed().is_empty() && diff.level_changed().is_empty() && diff.text_changed().is_empty());
    // At expected, check-in has no technical standard face to face.
    let holes: Vec<String> = raise.holes().iter().map(ToString::to_string).collect();
    assert_eq!(holes, ["stay/check-in on face-to-face: no technical standard"]);
}

#[test]
fn the_raised_diff_holds_exactly_the_standards_that_differ() {
    let model = hotel::hotel().unwrap();
    let rules = RuleSet::catalogue();
    let current = Levels::new(ServiceLevel::Basic);
    let check_in = phase("stay/check-in");
    let gaps = feedback([item(Subject::Phase(check_in.clone()), 6.0, 4.0)]);
    let plan = ImprovementPlan::builder(&model, &rules, &current, &gaps).build().unwrap();
    let diff = plan.raise().unwrap().diff();
    // Worked out apart: every standard of the two sets, compared by id.
    let now = rules.derive(&model, ServiceLevel::Basic);
    let up = rules.derive_with(&model, &current.clone().phase(check_in.clone(), ServiceLevel::Expected));
    let mut added: Vec<String> =
        up.iter().filter(|s| now.get(&s.id()).is_none()).map(|s| s.id().to_string()).collect();
    let mut removed: Vec<String> =
        now.iter().filter(|s| up.get(&s.id()).is_none()).map(|s| s.id().to_string()).collect();
    let mut retargeted: Vec<String> = now
        .iter()
        .filter(|s| up.get(&s.id()).is_some_and(|u| u.target() != s.target()))
        .map(|s| s.id().to_string())
        .collect();
    added.sort();
    removed.sort();
    retargeted.sort();
    assert!(!added.is_empty() && !retargeted.is_empty());
    assert_eq!(ids(diff.added()), added);
    assert_eq!(ids(diff.removed()), removed);
    assert_eq!(ids(diff.target_changed().iter().map(|c| c.id())), retargeted);
    // Nothing outside check-in changes.
    let touched =
        diff.added().iter().chain(diff.removed()).chain(diff.target_changed().iter().map(|c| c.id()));
    assert!(touched.clone().all(|id| check_in.contains(id.step())));
    assert!(diff.text_changed().iter().all(|id| check_in.contains(id.step())));
}

#[test]
fn a_phase_at_exclusive_cannot_go_up_and_the_plan_says_so() {
    let (model, rules) = small_hotel();
    let current = Levels::new(ServiceLevel::Expected).phase(phase("stay/check-in"), ServiceLevel::Exclusive);
    let gaps = feedback([item(Subject::Phase(phase("stay/check-in")), 6.0, 4.5)]);
    let plan = ImprovementPlan::builder(&model, &rules, &current, &gaps).build().unwrap();
    let raise = plan.raise().unwrap();
    assert_eq!((raise.current(), raise.raised_to()), (ServiceLevel::Exclusive, None));
    assert!(raise.diff().is_empty());
    assert!(raise.holes().is_empty());
    assert_eq!(
        plan.markdown(Locale::English),
        "# Improvement plan\n\nLevel: expected\n\n## Priorities\n\n\
         | # | Subject | Gap | Interval | Audit compliance | Cause |\n|---|---|---|---|---|---|\n\
         | 1 | Check-in | -1.50 | – | – | cause unknown: not audited |\n\n\
         ## What to do first: Check-in\n\nOwner: the site manager\n\n\
         No audit scored this: the cause is unknown. Audit its standards first, then choose between \
         enforcing them and raising them.\n\n\
         ## Raising one level: Check-in\n\n\
         This phase is already at the highest level (exclusive): it cannot go higher.\n\n"
    );
    assert_eq!(
        plan.markdown(Locale::Polish),
        "# Plan doskonalenia obsługi\n\nPoziom: oczekiwany\n\n## Priorytety\n\n\
         | # | Obszar | Luka | Przedział | Zgodność w audycie | Przyczyna |\n|---|---|---|---|---|---|\n\
         | 1 | Check-in | -1,50 | – | – | przyczyna nieznana: brak audytu |\n\n\
         ## Co zrobić najpierw: Check-in\n\nOdpowiada: kierownik obiektu\n\n\
         Żaden audyt tego nie ocenił: przyczyna jest nieznana. Najpierw należy przeprowadzić audyt tych \
         standardów, a potem zdecydować, czy je egzekwować, czy podnieść.\n\n\
         ## Podniesienie o jeden poziom: Check-in\n\n\
         Ta faza ma już najwyższy poziom (wyjątkowy), więc nie można go podnieść.\n\n"
    );
}

#[test]
fn a_raise_that_changes_nothing_says_so() {
    let (model, rules) = small_hotel();
    let current = Levels::new(ServiceLevel::Basic);
    let gaps = feedback([item(Subject::Phase(phase("stay/reservation")), 6.0, 4.5)]);
    let plan = ImprovementPlan::builder(&model, &rules, &current, &gaps).build().unwrap();
    // The answer's target is three rings at basic and at expected.
    assert!(plan.raise().unwrap().diff().is_empty());
    let english = plan.markdown(Locale::English);
    // Not audited: what raising would mean, if an audit finds it met.
    assert_eq!(
        english.split("## Raising one level: Reservation\n\n").nth(1),
        Some(
            "If an audit finds the standards of this phase met, raising it one level would mean:\n\n\
             Level: basic → expected\n\nRaising this phase changes no standard.\n\n\
             ### Coverage holes (1)\n\n- telephone: functional quality — no standard\n\n"
        )
    );
    let polish = plan.markdown(Locale::Polish);
    assert_eq!(
        polish.split("## Podniesienie o jeden poziom: Reservation\n\n").nth(1),
        Some(
            "Jeśli audyt wykaże, że standardy tej fazy są spełnione, podniesienie jej o jeden poziom oznaczałoby:\n\n\
             Poziom: podstawowy → oczekiwany\n\nPodniesienie poziomu tej fazy nie zmienia żadnego standardu.\n\n\
             ### Braki w pokryciu standardami (1)\n\n- telefon: jakość funkcjonalna — brak standardu\n\n"
        )
    );
}

#[test]
fn a_standard_that_loses_its_concern_at_the_next_level_is_dropped() {
    let (model, _) = small_hotel();
    let rule = |id: &str| {
        Rule::builder(id)
            .concern("wait-information")
            .kind(StandardKind::PersonalContact)
            .dimension(QualityDimension::Communication)
            .statement("Tell a waiting {customer} how long the wait will be")
    };
    // At exclusive, check-in's own rule of the concern wins over the general one.
    let rules = RuleSet::builder()
        .rule(
            rule("queue-info")
                .when(Condition::builder().moments([MomentKind::Welcome]))
                .targets(LevelTargets::same(Target::Always)),
        )
        .rule(
            rule("queue-concierge")
                .when(
                    Condition::builder()
                        .moments([MomentKind::Welcome])
                        .from_level(ServiceLevel::Exclusive)
                        .scope(Scope::new().phases(["check-in"])),
                )
                .targets(LevelTargets::new().at(ServiceLevel::Exclusive, Target::Always)),
        )
        .build()
        .unwrap();
    let current = Levels::new(ServiceLevel::Expected);
    let gaps = feedback([item(Subject::Phase(phase("stay/check-in")), 6.0, 4.5)]);
    let plan = ImprovementPlan::builder(&model, &rules, &current, &gaps).build().unwrap();
    let diff = plan.raise().unwrap().diff();
    assert_eq!(ids(diff.removed()), ["queue-info@stay/check-in/greet"]);
    assert_eq!(ids(diff.added()), ["queue-concierge@stay/check-in/greet"]);
    assert!(diff.target_changed().is_empty());
    let english = plan.markdown(Locale::English);
    assert!(
        english
            .contains("\n### Standards dropped (1)\n\n- Tell a waiting customer how long the wait will be\n"),
        "{english}"
    );
    let polish = plan.markdown(Locale::Polish);
    assert!(
        polish.contains(
            "\n### Usunięte standardy (1)\n\n- \\[en\\] Tell a waiting customer how long the wait will be\n"
        ),
        "{polish}"
    );
}

/// The tied gaps with the audit and an interval for the reservation.
fn full_plan() -> ImprovementPlan {
    let (model, rules, current, report) = audited();
    let gaps = tied_gaps();
    ImprovementPlan::builder(&model, &rules, &current, &gaps)
        .compliance(&report)
        .interval(Subject::Phase(phase("stay/reservation")), (-1.9, -1.1))
        .build()
        .unwrap()
}

#[test]
fn the_plan_in_english() {
    assert_eq!(
        full_plan().markdown(Locale::English),
        "\
# Improvement plan

Level: expected

## Priorities

| # | Subject | Gap | Interval | Audit compliance | Cause |
|---|---|---|---|---|---|
| 1 | Empathy | -2.00 | – | 100 % | standards too low |
| 2 | Responsiveness | -1.50 | – | 0 % | standards not met |
| 3 = | Reservation | -1.50 | -1.90 … -1.10 | 0 % | standards not met |
| 4 = | Check-in | -1.50 | – | 100 % | standards too low |

`=`: tied with the item above; the data do not order the two.

Cause: an audit compliance below 80 % means the current standards are not met; at or above 80 %, with the gap remaining, the standards are too low.

## What to do first: Empathy

Owner: the site manager

Staff meet 100 % of the current standards, at least 80 %, and the gap remains: the standards are too low and should be raised. Raise the standards of this dimension in the phases where it falls short.

## Then

- Responsiveness (-1.50): standards not met
  - Answer every call within 3 rings
- Reservation (-1.50): standards not met
  - Answer every call within 3 rings
- Check-in (-1.50): standards too low

## Raising one level: Check-in

Level: expected → exclusive

### Standards added (1)

- Have the key ready before the customer reaches the desk

### New targets (1)

- Greet every customer within 30 seconds: within 30 seconds → within 10 seconds

### Coverage holes (1)

- face to face: technical quality — no standard

"
    );
}

#[test]
fn the_plan_in_polish() {
    assert_eq!(
        full_plan().markdown(Locale::Polish),
        "\
# Plan doskonalenia obsługi

Poziom: oczekiwany

## Priorytety

| # | Obszar | Luka | Przedział | Zgodność w audycie | Przyczyna |
|---|---|---|---|---|---|
| 1 | Empatia | -2,00 | – | 100 % | standardy są za niskie |
| 2 | Szybkość reakcji | -1,50 | – | 0 % | standardy nie są przestrzegane |
| 3 = | Reservation | -1,50 | -1,90 … -1,10 | 0 % | standardy nie są przestrzegane |
| 4 = | Check-in | -1,50 | – | 100 % | standardy są za niskie |

`=`: ex aequo z pozycją wyżej; dane nie ustalają kolejności tych dwóch.

Przyczyna: zgodność w audycie poniżej 80 % oznacza, że obecne standardy nie są przestrzegane; od 80 % wzwyż, gdy luka pozostaje, standardy są za niskie.

## Co zrobić najpierw: Empatia

Odpowiada: kierownik obiektu

Personel spełnia 100 % obecnych standardów, co najmniej 80 %, a luka pozostaje: standardy są za niskie i należy je podnieść. Należy podnieść standardy tego wymiaru w fazach, w których wypada słabo.

## Następnie

- Szybkość reakcji (-1,50): standardy nie są przestrzegane
  - \\[en\\] Answer every call within 3 rings
- Reservation (-1,50): standardy nie są przestrzegane
  - \\[en\\] Answer every call within 3 rings
- Check-in (-1,50): standardy są za niskie

## Podniesienie o jeden poziom: Check-in

Poziom: oczekiwany → wyjątkowy

### Nowe standardy (1)

- \\[en\\] Have the key ready before the customer reaches the desk

### Nowe cele (1)

- \\[en\\] Greet every customer within 30 seconds: w ciągu 30 sekund → w ciągu 10 sekund

### Braki w pokryciu standardami (1)

- kontakt bezpośredni: jakość techniczna — brak standardu

"
    );
}

#[test]
fn added_standards_are_listed_in_both_languages() {
    let (model, rules, current, _) = audited();
    let gaps = feedback([item(Subject::Phase(phase("stay/check-in")), 6.0, 4.5)]);
    let plan = ImprovementPlan::builder(&model, &rules, &current, &gaps).build().unwrap();
    let english = plan.markdown(Locale::English);
    // Standards by their statements (this rule set words them in English
    // only, so the Polish plan marks them `[en]`).
    let raise = english.split("## Raising one level: Check-in\n\n").nth(1).unwrap();
    assert_eq!(
        raise,
        "If an audit finds the standards of this phase met, raising it one level would mean:\n\n\
         Level: expected → exclusive\n\n\
         ### Standards added (1)\n\n- Have the key ready before the customer reaches the desk\n\n\
         ### New targets (1)\n\n- Greet every customer within 30 seconds: within 30 seconds → within 10 seconds\n\n\
         ### Coverage holes (1)\n\n- face to face: technical quality — no standard\n\n"
    );
    let polish = plan.markdown(Locale::Polish);
    let raise = polish.split("## Podniesienie o jeden poziom: Check-in\n\n").nth(1).unwrap();
    assert_eq!(
        raise,
        "Jeśli audyt wykaże, że standardy tej fazy są spełnione, podniesienie jej o jeden poziom oznaczałoby:\n\n\
         Poziom: oczekiwany → wyjątkowy\n\n\
         ### Nowe standardy (1)\n\n- \\[en\\] Have the key ready before the customer reaches the desk\n\n\
         ### Nowe cele (1)\n\n- \\[en\\] Greet every customer within 30 seconds: w ciągu 30 sekund → w ciągu 10 sekund\n\n\
         ### Braki w pokryciu standardami (1)\n\n- kontakt bezpośredni: jakość techniczna — brak standardu\n\n"
    );
}

#[cfg(feature = "serde")]
#[test]
fn the_plan_round_trips_as_data() {
    let plan = full_plan();
    let json = serde_json::to_value(&plan).unwrap();
    assert_eq!(json["level"], "expected");
    assert_eq!(json["compliance_threshold"], 0.8);
    assert_eq!(
        json["priorities"][2],
        serde_json::json!({
            "subject": { "phase": "stay/reservation" },
            "name": "Reservation",
            "gap": -1.5,
            "interval": [-1.9, -1.1],
            "compliance": 0.0,
            "standing": "tied",
            "cause": "not-met",
            "unmet": [{
                "id": "answer@stay/reservation/request",
                "english": "Answer every call within 3 rings",
                "polish": "[en] Answer every call within 3 rings"
            }]
        })
    );
    assert_eq!(
        json["priorities"][0],
        serde_json::json!({ "subject": { "dimension": "empathy" }, "gap": -2.0, "compliance": 1.0, "cause": "too-low" })
    );
    assert_eq!(json["first"], serde_json::json!({ "subject": { "dimension": "empathy" } }));
    assert_eq!(json["raise"]["raised_to"], "exclusive");
    assert_eq!(
        json["raise"]["diff"]["target_changed"],
        serde_json::json!([{ "id": "greet@stay/check-in/greet", "before": { "within": "30s" }, "after": { "within": "10s" } }])
    );
    let back: ImprovementPlan = serde_json::from_value(json).unwrap();
    assert_eq!(back, plan);
    let toml = toml::to_string(&plan).unwrap();
    assert_eq!(toml::from_str::<ImprovementPlan>(&toml).unwrap(), plan);
}

/// An interval given twice for a subject: the last one counts; a subject
/// without one has none.
#[test]
fn the_last_interval_given_for_a_subject_counts() {
    let (model, rules, current, report) = audited();
    let gaps = tied_gaps();
    let reservation = Subject::Phase(phase("stay/reservation"));
    let plan = ImprovementPlan::builder(&model, &rules, &current, &gaps)
        .compliance(&report)
        .interval(reservation.clone(), (-3.0, -0.5))
        .interval(reservation.clone(), (-1.9, -1.1))
        .build()
        .unwrap();
    let interval = |subject: &Subject| {
        plan.priorities().iter().find(|p| p.subject() == subject).and_then(|p| p.interval())
    };
    assert_eq!(interval(&reservation), Some((-1.9, -1.1)));
    assert_eq!(interval(&Subject::Phase(phase("stay/check-in"))), None);
}

/// An interval the plan could not show or write back is refused at build:
/// NaN, infinite or reversed bounds, for a subject of the gaps or not; each
/// one given is named. Before, `(NaN, NaN)` was kept, shown as `NaN` and
/// written as `[null,null]`, which did not load.
#[test]
fn an_interval_that_is_not_two_ordered_finite_numbers_is_refused() {
    let (model, rules, current, report) = audited();
    let gaps = tied_gaps();
    let err = ImprovementPlan::builder(&model, &rules, &current, &gaps)
        .compliance(&report)
        .interval(Subject::Dimension(QualityDimension::Empathy), (f64::NAN, f64::NAN))
        .interval(Subject::Phase(phase("stay/check-in")), (-0.0, f64::NAN))
        .interval(Subject::Phase(phase("stay/reservation")), (f64::NEG_INFINITY, 1.0))
        .interval(Subject::Dimension(QualityDimension::Responsiveness), (1.0, -3.0))
        .interval(Subject::Phase(phase("stay/spa")), (0.0, f64::INFINITY))
        .build()
        .unwrap_err();
    assert_eq!(err.entity(), Entity::ImprovementPlan);
    let found: Vec<(&str, Option<&str>)> = err.violations().iter().map(|v| (v.path(), v.value())).collect();
    assert_eq!(
        found,
        [
            ("intervals/empathy", Some("(NaN, NaN)")),
            ("intervals/stay/check-in", Some("(-0, NaN)")),
            ("intervals/stay/reservation", Some("(-inf, 1)")),
            ("intervals/responsiveness", Some("(1, -3)")),
            ("intervals/stay/spa", Some("(0, inf)")),
        ]
    );
    assert!(err.violations().iter().all(|v| v.problem() == &Problem::InvalidInterval));
    assert_eq!(
        err.violations()[1].to_string(),
        "intervals/stay/check-in: interval must be two finite numbers, the low at most the high `(-0, NaN)`"
    );
    // A bad interval given before a good one for the same subject is still refused.
    let err = ImprovementPlan::builder(&model, &rules, &current, &gaps)
        .interval(Subject::Dimension(QualityDimension::Empathy), (f64::NAN, 0.0))
        .interval(Subject::Dimension(QualityDimension::Empathy), (-2.5, -1.5))
        .build()
        .unwrap_err();
    assert_eq!(err.violations().len(), 1);
    // A point, and bounds of either zero, are intervals.
    let plan = ImprovementPlan::builder(&model, &rules, &current, &gaps)
        .interval(Subject::Dimension(QualityDimension::Empathy), (-2.0, -2.0))
        .interval(Subject::Phase(phase("stay/check-in")), (-0.0, 0.0))
        .build()
        .unwrap();
    let intervals: Vec<Option<(f64, f64)>> = plan.priorities().iter().map(Priority::interval).collect();
    assert_eq!(intervals, [Some((-2.0, -2.0)), None, Some((0.0, 0.0)), None]);
}

/// A plan document is checked when read, as `build` makes plans: finite
/// numbers, ordered intervals, compliance a share, the level raised to the
/// one above the current, no change where a phase cannot go up. Before,
/// each of these loaded and rendered.
#[cfg(feature = "serde")]
#[test]
fn a_plan_document_is_checked_when_read() {
    let json = serde_json::to_value(full_plan()).unwrap();
    let read = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut doc = json.clone();
        edit(&mut doc);
        serde_json::from_value::<ImprovementPlan>(doc).map_err(|e| e.to_string())
    };
    assert_eq!(read(&|_| {}).unwrap(), full_plan());
    assert_eq!(
        read(&|d| d["priorities"][1]["compliance"] = 7.0.into()).unwrap_err(),
        "invalid improvement plan: priorities[1].compliance: measured value out of range `7`"
    );
    assert_eq!(
        read(&|d| d["priorities"][2]["compliance"] = (-0.5).into()).unwrap_err(),
        "invalid improvement plan: priorities[2].compliance: measured value out of range `-0.5`"
    );
    assert_eq!(
        read(&|d| d["priorities"][1]["interval"] = serde_json::json!([1.0, -3.0])).unwrap_err(),
        "invalid improvement plan: priorities[1].interval: \
         interval must be two finite numbers, the low at most the high `(1, -3)`"
    );
    assert_eq!(
        read(&|d| d["raise"]["raised_to"] = "basic".into()).unwrap_err(),
        "invalid improvement plan: raise.raised_to: not the level one above the current level `basic`"
    );
    assert_eq!(
        read(&|d| d["raise"]["raised_to"] = "expected".into()).unwrap_err(),
        "invalid improvement plan: raise.raised_to: not the level one above the current level `expected`"
    );
    assert_eq!(
        read(&|d| {
            d["raise"].as_object_mut().unwrap().remove("raised_to");
        })
        .unwrap_err(),
        "invalid improvement plan: raise.raised_to: missing field"
    );
    // At exclusive: nothing above, and no standard can change.
    assert_eq!(
        read(&|d| {
            d["raise"]["current"] = "exclusive".into();
            d["raise"].as_object_mut().unwrap().remove("raised_to");
        })
        .unwrap_err(),
        "invalid improvement plan: raise.diff: standards change where the phase cannot go up"
    );
    let at_top = read(&|d| {
        d["raise"]["current"] = "exclusive".into();
        d["raise"].as_object_mut().unwrap().remove("raised_to");
        d["raise"]["diff"] = serde_json::json!({});
    })
    .unwrap();
    assert_eq!(at_top.raise().unwrap().raised_to(), None);
    // Every fault is listed.
    let err = read(&|d| {
        d["priorities"][0]["compliance"] = 1.5.into();
        d["priorities"][3]["interval"] = serde_json::json!([0.5, 0.25]);
        d["raise"]["raised_to"] = "basic".into();
    })
    .unwrap_err();
    assert_eq!(err.matches("; ").count(), 2, "{err}");
    // TOML can write what JSON cannot: NaN and infinities.
    let toml = toml::to_string(&full_plan()).unwrap();
    let nan = toml.replacen("gap = -2.0", "gap = nan", 1);
    assert_ne!(nan, toml);
    assert_eq!(
        toml::from_str::<ImprovementPlan>(&nan).unwrap_err().message(),
        "invalid improvement plan: priorities[0].gap: measured value out of range `NaN`"
    );
    let inf = toml.replacen("compliance = 0.0", "compliance = inf", 1);
    assert_ne!(inf, toml);
    assert_eq!(
        toml::from_str::<ImprovementPlan>(&inf).unwrap_err().message(),
        "invalid improvement plan: priorities[1].compliance: measured value out of range `inf`"
    );
    // A priority or a raise read alone is checked too.
    assert_eq!(
        serde_json::from_str::<Priority>(
            r#"{"subject":{"dimension":"empathy"},"gap":-1.0,"compliance":7.0}"#
        )
        .unwrap_err()
        .to_string(),
        "invalid improvement plan: compliance: measured value out of range `7`"
    );
    assert_eq!(
        serde_json::from_str::<Raise>(
            r#"{"phase":"stay/check-in","current":"expected","raised_to":"basic"}"#
        )
        .unwrap_err()
        .to_string(),
        "invalid improvement plan: raised_to: not the level one above the current level `basic`"
    );
}

#[cfg(feature = "serde")]
mod round_trip {
    use proptest::prelude::*;

    use super::*;

    /// A bound of an interval: mostly an ordinary gap, sometimes any `f64`
    /// (NaN, infinities, subnormals, signed zeros).
    fn bound() -> impl Strategy<Value = f64> {
        prop_oneof![3 => -6.0..6.0_f64, 1 => proptest::num::f64::ANY, 1 => Just(-0.0)]
    }

    /// The subjects: two phases of the model, one it lacks, three dimensions.
    fn subjects() -> [Subject; 6] {
        [
            Subject::Phase(phase("stay/reservation")),
            Subject::Phase(phase("stay/check-in")),
            Subject::Phase(phase("stay/spa")),
            Subject::Dimension(QualityDimension::Empathy),
            Subject::Dimension(QualityDimension::Responsiveness),
            Subject::Dimension(QualityDimension::Tangibles),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        /// Any plan built round-trips through its JSON and TOML documents
        /// equal, and renders no number it could not read back; a plan that
        /// cannot is refused at build, naming each interval at fault.
        #[test]
        fn any_plan_built_round_trips_through_its_document(
            scores in proptest::collection::vec(proptest::option::of((1.0..=7.0_f64, 1.0..=7.0_f64)), 5),
            intervals in proptest::collection::vec((0..6_usize, bound(), bound()), 0..5),
            base in proptest::sample::select(ServiceLevel::ALL),
            check_in in proptest::option::of(proptest::sample::select(ServiceLevel::ALL)),
            verdicts in proptest::option::of(proptest::collection::vec(any::<bool>(), 1..4)),
        ) {
            let (model, rules) = small_hotel();
            let subjects = subjects();
            let items: Vec<FeedbackItem> = scores
                .iter()
                .zip(&subjects)
                .filter_map(|(s, subject)| s.map(|(e, p)| item(subject.clone(), e, p)))
                .collect();
            prop_assume!(!items.is_empty());
            let gaps = feedback(items);
            let mut current = Levels::new(base);
            if let Some(level) = check_in {
                current = current.phase(phase("stay/check-in"), level);
            }
            let set = rules.derive_with(&model, &current);
            let report = verdicts.map(|verdicts| {
                let entries = set.iter().zip(verdicts.iter().cycle()).map(|(s, pass)| {
                    AuditEntry::new(s.id().to_string()).verdict(if *pass { Verdict::Pass } else { Verdict::Fail })
                });
                Audit::builder().entries(entries).build().unwrap().score(&Checklist::new(&set, &ChecklistFilter::new()))
            });
            let mut builder = ImprovementPlan::builder(&model, &rules, &current, &gaps);
            if let Some(report) = &report {
                builder = builder.compliance(report);
            }
            for (at, low, high) in &intervals {
                builder = builder.interval(subjects[*at].clone(), (*low, *high));
            }
            let bad: Vec<String> = intervals
                .iter()
                .filter(|(_, low, high)| !(low.is_finite() && high.is_finite() && low <= high))
                .map(|(at, _, _)| format!("intervals/{}", subjects[*at]))
                .collect();
            match builder.build() {
                Err(err) => {
                    let paths: Vec<&str> = err.violations().iter().map(|v| v.path()).collect();
                    prop_assert_eq!(paths, bad);
                }
                Ok(plan) => {
                    prop_assert!(bad.is_empty(), "{:?}", bad);
                    let json = serde_json::to_string(&plan).unwrap();
                    prop_assert_eq!(&serde_json::from_str::<ImprovementPlan>(&json).unwrap(), &plan, "{}", json);
                    let toml = toml::to_string(&plan).unwrap();
                    prop_assert_eq!(&toml::from_str::<ImprovementPlan>(&toml).unwrap(), &plan, "{}", toml);
                    for locale in [Locale::English, Locale::Polish] {
                        let text = plan.markdown(locale);
                        prop_assert!(!text.contains("NaN") && !text.contains("inf"), "{}", text);
                    }
                }
            }
        }
    }
}
