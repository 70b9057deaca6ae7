//! Audits, feedback gaps and reviews on hand-computed cases.

use std::time::Duration;

use jiff::civil::date;
use service_standards::prelude::*;

/// A small contact centre with its own rules, so the numbers below do not
/// depend on the catalogue.
fn centre() -> (ServiceModel, RuleSet) {
    let model = ServiceModel::builder("Centre")
        .departments([
            Department::new("care", "Care").unwrap(),
            Department::new("billing", "Billing").unwrap(),
        ])
        .sequence(
            Sequence::builder("support", "Support")
                .phase(
                    Phase::builder("contact", "Contact").channels([Channel::Telephone, Channel::Email]).step(
                        Step::builder("ask", "Customer asks")
                            .moment(MomentKind::Information)
                            .department("care"),
                    ),
                )
                .phase(Phase::builder("bill", "Bill").channels([Channel::Email]).step(
                    Step::builder("invoice", "Invoice").moment(MomentKind::Billing).department("billing"),
                )),
        )
        .build()
        .unwrap();
    let rule = |id: &str, when: ConditionBuilder, kind, targets| {
        Rule::builder(id)
            .when(when)
            .kind(kind)
            .dimension(QualityDimension::Responsiveness)
            .statement("Do it")
            .targets(targets)
    };
    let rules = RuleSet::builder()
        .rule(rule(
            "answer",
            Condition::builder().channels([Channel::Telephone]),
            StandardKind::Procedure,
            LevelTargets::same(Target::WithinRings(3)),
        ))
        .rule(rule(
            "reply",
            Condition::builder().channels([Channel::Email]).moments([MomentKind::Information]),
            StandardKind::Procedure,
            LevelTargets::same(Target::within_hours(8)),
        ))
        .rule(rule(
            "greet",
            Condition::builder().capabilities([Capability::StaffHeard]),
            StandardKind::PersonalContact,
            LevelTargets::same(Target::Always),
        ))
        .rule(rule(
            "thank",
            Condition::builder().moments([MomentKind::Billing]).from_level(ServiceLevel::Expected),
            StandardKind::PersonalContact,
            LevelTargets::new()
                .at(ServiceLevel::Expected, Target::Always)
                .at(ServiceLevel::Exclusive, Target::Always),
        ))
        .build()
        .unwrap();
    (model, rules)
}

/// Feedback about a phase, by its path.
fn phase(path: &str) -> Subject {
    Subject::Phase(path.parse().unwrap())
}

fn ids(set: &StandardSet) -> Vec<String> {
    set.iter().map(|s| s.id().to_string()).collect()
}

#[test]
fn the_centre_derives_what_the_rules_say() {
    let (model, rules) = centre();
    let set = rules.derive(&model, ServiceLevel::Basic);
    assert_eq!(
        ids(&set),
        ["answer@support/contact/ask", "greet@support/contact/ask", "reply@support/contact/ask"]
    );
}

#[test]
fn audit_scores_count_weights_and_leave_out_not_applicable() {
    let (model, rules) = centre();
    let set = rules.derive(&model, ServiceLevel::Expected);
    // answer (critical, weight 3): measured on the 4th ring → fail
    // greet: pass; reply: not applicable; thank (billing): pass, weight 2
    let audit = Audit::builder()
        .entries([
            AuditEntry::new("answer@support/contact/ask").measured(Measurement::Rings(4)).critical(),
            AuditEntry::new("greet@support/contact/ask").verdict(Verdict::Pass),
            AuditEntry::new("reply@support/contact/ask").verdict(Verdict::NotApplicable),
            AuditEntry::new("thank@support/bill/invoice").verdict(Verdict::Pass).weight(2.0),
        ])
        .build()
        .unwrap();
    let report = audit.score(&Checklist::new(&set, &ChecklistFilter::new()));
    // (1 + 2) / (3 + 1 + 2) = 0.5; coverage 4 of 4.
    assert_eq!(report.overall().score(), Some(0.5));
    assert_eq!(report.overall().coverage(), Some(1.0));
    assert_eq!(report.overall().count(Verdict::Fail), 1);
    assert_eq!(report.overall().count(Verdict::NotApplicable), 1);
    let weights: Vec<(String, Verdict, f64)> =
        report.items().iter().map(|i| (i.id().to_string(), i.outcome(), i.weight())).collect();
    assert_eq!(
        weights,
        [
            ("answer@support/contact/ask".to_owned(), Verdict::Fail, 3.0),
            ("greet@support/contact/ask".to_owned(), Verdict::Pass, 1.0),
            ("reply@support/contact/ask".to_owned(), Verdict::NotApplicable, 1.0),
            ("thank@support/bill/invoice".to_owned(), Verdict::Pass, 2.0),
        ]
    );
    assert_eq!(report.items()[0].measured(), Some(Measurement::Rings(4)));
    // By phase: contact = 1 / (3 + 1) = 0.25; bill = 2 / 2 = 1.
    let phases: Vec<(String, Option<f64>)> =
        report.by_phase().into_iter().map(|(p, t)| (p.to_string(), t.score())).collect();
    assert_eq!(phases, [("support/bill".to_owned(), Some(1.0)), ("support/contact".to_owned(), Some(0.25))]);
    // By channel: telephone has answer (fail 3) and greet (pass 1); e-mail has reply (n/a) and thank (pass 2).
    let channels: Vec<(Channel, Option<f64>)> =
        report.by_channel().into_iter().map(|(c, t)| (c, t.score())).collect();
    assert_eq!(channels, [(Channel::Telephone, Some(0.25)), (Channel::Email, Some(1.0))]);
    let kinds: Vec<(StandardKind, Option<f64>)> =
        report.by_kind().into_iter().map(|(k, t)| (k, t.score())).collect();
    assert_eq!(kinds, [(StandardKind::PersonalContact, Some(1.0)), (StandardKind::Procedure, Some(0.0))]);
    let levels: Vec<(ServiceLevel, usize)> =
        report.by_level().into_iter().map(|(l, t)| (l, t.total())).collect();
    assert_eq!(levels, [(ServiceLevel::Basic, 3), (ServiceLevel::Expected, 1)]);
    let departments: Vec<(Option<&str>, Option<f64>)> =
        report.by_department().into_iter().map(|(d, t)| (d.map(Id::as_str), t.score())).collect();
    assert_eq!(departments, [(Some("billing"), Some(1.0)), (Some("care"), Some(0.25))]);
}

#[test]
fn coverage_is_reported_apart_from_the_score() {
    let (model, rules) = centre();
    let set = rules.derive(&model, ServiceLevel::Expected);
    let audit = Audit::builder()
        .entries([
            AuditEntry::new("greet@support/contact/ask").verdict(Verdict::Fail),
            AuditEntry::new("reply@support/contact/ask").verdict(Verdict::NotObserved),
        ])
        .build()
        .unwrap();
    let report = audit.score(&Checklist::new(&set, &ChecklistFilter::new()));
    assert_eq!(report.overall().score(), Some(0.0));
    assert_eq!(report.overall().coverage(), Some(0.25));
    assert_eq!(report.overall().count(Verdict::NotObserved), 3);
}

#[test]
fn measurements_are_checked_against_targets_and_win_over_verdicts() {
    let (model, rules) = centre();
    let set = rules.derive(&model, ServiceLevel::Basic);
    let audit = Audit::builder()
        .entries([
            AuditEntry::new("answer@support/contact/ask")
                .measured(Measurement::Rings(3))
                .verdict(Verdict::Fail),
            AuditEntry::new("reply@support/contact/ask")
                .measured(Measurement::Duration(Duration::from_secs(9 * 3600))),
        ])
        .build()
        .unwrap();
    let report = audit.score(&Checklist::new(&set, &ChecklistFilter::new()));
    let outcomes: Vec<Verdict> = report.items().iter().map(ItemResult::outcome).collect();
    assert_eq!(outcomes, [Verdict::Pass, Verdict::NotObserved, Verdict::Fail]);
    assert_eq!(report.conflicts(), ["answer@support/contact/ask".parse::<StandardId>().unwrap()]);
}

#[test]
fn entries_for_standards_not_on_the_checklist_are_stale_never_dropped() {
    let (model, rules) = centre();
    let set = rules.derive(&model, ServiceLevel::Basic);
    let audit = Audit::builder()
        .entries([
            AuditEntry::new("greet@support/contact/ask").verdict(Verdict::Pass),
            AuditEntry::new("thank@support/bill/invoice").verdict(Verdict::Pass),
            AuditEntry::new("retired@support/contact/ask").verdict(Verdict::Fail),
        ])
        .build()
        .unwrap();
    let report = audit.score(&Checklist::new(&set, &ChecklistFilter::new().channel(Channel::Telephone)));
    let stale: Vec<String> = report.stale().iter().map(ToString::to_string).collect();
    assert_eq!(stale, ["thank@support/bill/invoice", "retired@support/contact/ask"]);
    assert_eq!(report.overall().score(), Some(1.0));
}

#[test]
fn a_strict_score_refuses_entries_not_on_the_checklist() {
    let (model, rules) = centre();
    let set = rules.derive(&model, ServiceLevel::Basic);
    let checklist = Checklist::new(&set, &ChecklistFilter::new().channel(Channel::Telephone));
    let current = Audit::builder()
        .entries([
            AuditEntry::new("greet@support/contact/ask").verdict(Verdict::Pass),
            AuditEntry::new("answer@support/contact/ask").measured(Measurement::Rings(4)),
        ])
        .build()
        .unwrap();
    let report = current.score_strict(&checklist).unwrap();
    assert_eq!(report, current.score(&checklist));
    assert_eq!(report.overall().score(), Some(0.5));

    let outdated = current
        .to_builder()
        .entries([
            AuditEntry::new("thank@support/bill/invoice").verdict(Verdict::Pass),
            AuditEntry::new("retired@support/contact/ask").verdict(Verdict::Fail),
        ])
        .build()
        .unwrap();
    let err = outdated.score_strict(&checklist).unwrap_err();
    let found: Vec<(&str, &Problem, Option<&str>)> =
        err.violations().iter().map(|v| (v.path(), v.problem(), v.value())).collect();
    assert_eq!(
        found,
        [
            (
                "entries/thank@support/bill/invoice",
                &Problem::NotOnChecklist,
                Some("thank@support/bill/invoice")
            ),
            (
                "entries/retired@support/contact/ask",
                &Problem::NotOnChecklist,
                Some("retired@support/contact/ask")
            ),
        ]
    );
}

#[test]
fn bad_audits_are_rejected_whole() {
    let err = Audit::builder()
        .entries([
            AuditEntry::new("not an id").verdict(Verdict::Pass),
            AuditEntry::new("Bad@a/b/c").verdict(Verdict::Pass),
            AuditEntry::new("a@b/c/d"),
            AuditEntry::new("x@b/c/d").verdict(Verdict::Pass).weight(f64::NAN),
            AuditEntry::new("x@b/c/d").verdict(Verdict::Fail).weight(-2.0),
        ])
        .build()
        .unwrap_err();
    let found: Vec<String> = err.violations().iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "entries/not an id: not a standard id (rule@sequence/phase/step) `not an id`",
            "entries/Bad@a/b/c: invalid id (character 'B' is not one of a-z, 0-9, '-') `Bad@a/b/c`",
            "entries/a@b/c/d.verdict: missing field",
            "entries/x@b/c/d.weight: weight must be above zero and at most 1000000 `NaN`",
            "entries/x@b/c/d: duplicate id `x@b/c/d`",
            "entries/x@b/c/d.weight: weight must be above zero and at most 1000000 `-2`",
        ]
    );
}

#[test]
fn servqual_gaps_on_a_hand_computed_case() {
    use QualityDimension as D;
    let feedback = Feedback::builder(Scale::new(1.0, 7.0).unwrap())
        .items([
            // Reliability: E 7, 6 → 6.5; P 5, 4 → 4.5; gap −2; importance 2.
            FeedbackItem::new(Subject::Dimension(D::Reliability), 7.0, 5.0).importance(2.0),
            FeedbackItem::new(Subject::Dimension(D::Reliability), 6.0, 4.0).importance(2.0),
            // Responsiveness: gap −1; Tangibles: gap +0.5; Empathy: gap −1, importance 3 (wins the tie).
            FeedbackItem::new(Subject::Dimension(D::Responsiveness), 6.0, 5.0),
            FeedbackItem::new(Subject::Dimension(D::Tangibles), 5.0, 5.5),
            FeedbackItem::new(Subject::Dimension(D::Empathy), 6.5, 5.5).importance(3.0),
            // Phases: check-in −1.5, check-out −1 (ties with the dimensions at −1, less important than empathy).
            FeedbackItem::new(phase("stay/check-in"), 6.5, 5.0),
            FeedbackItem::new(phase("stay/check-out"), 6.0, 5.0),
        ])
        .build()
        .unwrap();
    let gaps = feedback.gaps();
    let dims: Vec<(Subject, f64, f64, f64)> = gaps
        .by_dimension()
        .iter()
        .map(|g| (g.subject().clone(), g.expectation(), g.perception(), g.difference()))
        .collect();
    assert_eq!(
        dims,
        [
            (Subject::Dimension(D::Tangibles), 5.0, 5.5, 0.5),
            (Subject::Dimension(D::Reliability), 6.5, 4.5, -2.0),
            (Subject::Dimension(D::Responsiveness), 6.0, 5.0, -1.0),
            (Subject::Dimension(D::Empathy), 6.5, 5.5, -1.0),
        ]
    );
    // Overall: (−1×1 + −2×2 + 0.5×1 + −1×3) / (1 + 2 + 1 + 3) = −7.5 / 7.
    assert_eq!(gaps.overall(), -7.5 / 7.0);
    let order: Vec<String> = gaps.priorities().iter().map(|g| g.subject().to_string()).collect();
    assert_eq!(
        order,
        ["reliability", "stay/check-in", "empathy", "responsiveness", "stay/check-out", "tangibles"]
    );
}

#[test]
fn bad_feedback_is_rejected_whole() {
    let scale = Scale::new(1.0, 5.0).unwrap();
    assert_eq!(
        Feedback::builder(scale).build().unwrap_err().to_string(),
        "invalid feedback: items: nothing given"
    );
    let err = Feedback::builder(scale)
        .items([FeedbackItem::new(phase("stay/check-in"), 0.5, 5.5).importance(0.0)])
        .build()
        .unwrap_err();
    let found: Vec<String> = err.violations().iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "items[0].expectation: score outside the scale `0.5`",
            "items[0].perception: score outside the scale `5.5`",
            "items[0].importance: weight must be above zero and at most 1000000 `0`",
        ]
    );
    // A phase path is checked when it is made; in a document, with
    // everything else wrong with the item.
    assert_eq!(
        "Stay/check-in".parse::<PhasePath>().unwrap_err().to_string(),
        "invalid id `Stay`: character 'S' is not one of a-z, 0-9, '-'"
    );
    #[cfg(feature = "serde")]
    {
        let doc = r#"{"format_version": 1, "scale": {"min": 1, "max": 5},
            "items": [{"phase": "Stay/check-in", "expectation": 0.5, "perception": 5.5, "importance": 0}]}"#;
        let err = serde_json::from_str::<Feedback>(doc).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid feedback: \
             items[0].phase: invalid id (character 'S' is not one of a-z, 0-9, '-') `Stay`; \
             items[0].expectation: score outside the scale `0.5`; \
             items[0].perception: score outside the scale `5.5`; \
             items[0].importance: weight must be above zero and at most 1000000 `0`"
        );
    }
    assert_eq!(
        Scale::new(f64::NAN, 5.0).unwrap_err().to_string(),
        "invalid scale: scale: scale bounds must be finite, within ±1000000, the lower below the upper `NaN to 5`"
    );
}

#[test]
fn review_dates() {
    let (model, rules) = centre();
    let issued = IssuedSet::new(rules.derive(&model, ServiceLevel::Basic), date(2025, 11, 30));
    assert_eq!(issued.review_months(), 12);
    assert_eq!(issued.issued_on(), date(2025, 11, 30));
    assert_eq!(issued.due_on(), date(2026, 11, 30));
    assert!(!issued.is_overdue(date(2026, 11, 22)));
    assert!(!issued.is_overdue(date(2026, 11, 30)), "due today is not yet overdue");
    assert!(issued.is_overdue(date(2026, 12, 1)));
    let quarterly = issued.clone().review_every(3).unwrap();
    assert_eq!(quarterly.due_on(), date(2026, 2, 28));
    assert!(quarterly.is_overdue(date(2026, 11, 22)));
    assert_eq!(
        issued.clone().review_every(0).unwrap_err().to_string(),
        "invalid issued set: review_months: review interval must be 1 to 12 months `0`"
    );
    assert_eq!(issued.review_every(13).unwrap_err().violations()[0].problem(), &Problem::ReviewInterval);
}

#[test]
fn the_diff_of_two_sets() {
    let (model, rules) = centre();
    let basic = rules.derive(&model, ServiceLevel::Basic);
    // Next year: the phone gets stricter, greeting is reworded, replies are retired, thanks arrive.
    let next = rules
        .rules()
        .filter(|r| r.id().as_str() != "reply")
        .map(|r| match r.id().as_str() {
            "answer" => r.to_builder().targets(LevelTargets::same(Target::WithinRings(2))),
            "greet" => r.to_builder().statement("Greet warmly"),
            _ => r.to_builder(),
        })
        .fold(RuleSet::builder(), RuleSetBuilder::rule)
        .build()
        .unwrap();
    let expected = next.derive(&model, ServiceLevel::Expected);
    let diff = SetDiff::between(&basic, &expected);
    let strings = |ids: &[StandardId]| ids.iter().map(ToString::to_string).collect::<Vec<_>>();
    assert_eq!(strings(diff.added()), ["thank@support/bill/invoice"]);
    assert_eq!(strings(diff.removed()), ["reply@support/contact/ask"]);
    let targets: Vec<(String, Target, Target)> =
        diff.target_changed().iter().map(|c| (c.id().to_string(), c.before(), c.after())).collect();
    assert_eq!(
        targets,
        [("answer@support/contact/ask".to_owned(), Target::WithinRings(3), Target::WithinRings(2))]
    );
    assert_eq!(strings(diff.text_changed()), ["greet@support/contact/ask"]);
    assert!(diff.level_changed().is_empty());
}

#[test]
fn rewording_is_judged_on_what_a_statement_is_made_of() {
    let model = |step: &str, channels: &[Channel]| {
        ServiceModel::builder("Centre")
            .sequence(
                Sequence::builder("support", "Support").phase(
                    Phase::builder("contact", "Contact")
                        .channels(channels.iter().copied())
                        .step(Step::builder("ask", step).moment(MomentKind::Information)),
                ),
            )
            .build()
            .unwrap()
    };
    let rules = |statement: &str, rings: u8| {
        RuleSet::builder()
            .rule(
                Rule::builder("answer")
                    .when(Condition::builder().capabilities([Capability::StaffHeard]))
                    .kind(StandardKind::Procedure)
                    .dimension(QualityDimension::Responsiveness)
                    .statement(statement)
                    .targets(LevelTargets::same(Target::WithinRings(rings))),
            )
            .build()
            .unwrap()
    };
    let reworded = |old: &StandardSet, new: &StandardSet| {
        SetDiff::between(old, new).text_changed().iter().map(ToString::to_string).collect::<Vec<_>>()
    };
    let derive = |model: &ServiceModel, rules: &RuleSet| rules.derive(model, ServiceLevel::Basic);
    let phone = model("Customer asks", &[Channel::Telephone]);
    let both = model("Customer asks", &[Channel::Telephone, Channel::FaceToFace]);
    // The statement says the target's words besides the target: a stricter
    // target (on another channel too, which the statement does not name) is
    // a new target, not a new wording.
    let before = derive(&phone, &rules("Never wait beyond within 3 rings: answer {target}", 3));
    let after = derive(&both, &rules("Never wait beyond within 3 rings: answer {target}", 2));
    assert_eq!(SetDiff::between(&before, &after).target_changed().len(), 1);
    assert!(reworded(&before, &after).is_empty());
    // A value the statement does not show changes nothing it says; one it shows does.
    let named = rules("At {step}, answer {target}", 3);
    assert!(reworded(&derive(&phone, &named), &derive(&both, &named)).is_empty());
    let renamed = model("Customer calls", &[Channel::Telephone]);
    assert_eq!(reworded(&derive(&phone, &named), &derive(&renamed, &named)), ["answer@support/contact/ask"]);
    let on = rules("Answer on {channel} {target}", 3);
    assert_eq!(reworded(&derive(&phone, &on), &derive(&both, &on)), ["answer@support/contact/ask"]);
    // The rule's own words.
    assert_eq!(
        reworded(&derive(&phone, &named), &derive(&phone, &rules("At {step}, pick up {target}", 3))),
        ["answer@support/contact/ask"]
    );
}

#[cfg(feature = "serde")]
#[test]
fn a_set_read_back_from_a_document_diffs_as_unchanged() {
    let (model, rules) = centre();
    let set = rules.derive(&model, ServiceLevel::Expected);
    let issued = IssuedSet::new(set.clone(), date(2026, 1, 1)).review_every(6).unwrap();
    let json = serde_json::to_string(&issued).unwrap();
    let back: IssuedSet = serde_json::from_str(&json).unwrap();
    assert_eq!(back, issued);
    assert!(SetDiff::between(back.standards(), &set).is_empty());
    let bad = json.replace("\"review_months\":6", "\"review_months\":24");
    assert!(
        serde_json::from_str::<IssuedSet>(&bad)
            .unwrap_err()
            .to_string()
            .starts_with("invalid issued set: review_months: review interval must be 1 to 12 months `24`")
    );
}

#[cfg(feature = "serde")]
#[test]
fn audits_and_feedback_round_trip_and_are_checked_when_read() {
    let audit = Audit::builder()
        .entries([
            AuditEntry::new("answer@support/contact/ask")
                .measured(Measurement::Rings(4))
                .critical()
                .note("4th ring"),
            AuditEntry::new("greet@support/contact/ask").verdict(Verdict::Pass),
        ])
        .build()
        .unwrap();
    let json = serde_json::to_string(&audit).unwrap();
    assert_eq!(serde_json::from_str::<Audit>(&json).unwrap(), audit);
    let toml = toml::to_string(&audit).unwrap();
    assert_eq!(toml::from_str::<Audit>(&toml).unwrap(), audit);
    let bad = r#"{"format_version":1,"entries":[{"id":"a@b/c/d","verdict":"pass"},{"id":"a@b/c/d","verdict":"fail"}]}"#;
    assert_eq!(
        serde_json::from_str::<Audit>(bad).unwrap_err().to_string(),
        "invalid audit: entries/a@b/c/d: duplicate id `a@b/c/d`"
    );

    let feedback = Feedback::builder(Scale::new(1.0, 7.0).unwrap())
        .items([
            FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 6.0, 5.0).importance(2.0),
            FeedbackItem::new(phase("stay/check-in"), 6.5, 5.5),
        ])
        .build()
        .unwrap();
    let json = serde_json::to_string(&feedback).unwrap();
    assert_eq!(serde_json::from_str::<Feedback>(&json).unwrap(), feedback);
    let out_of_scale = json.replace("\"perception\":5.0", "\"perception\":9.0");
    assert_eq!(
        serde_json::from_str::<Feedback>(&out_of_scale).unwrap_err().to_string(),
        "invalid feedback: items[0].perception: score outside the scale `9`"
    );
}

#[test]
fn weights_and_scales_have_limits_that_keep_sums_finite() {
    let err = Audit::builder()
        .entries([AuditEntry::new("a@b/c/d").verdict(Verdict::Pass).weight(2e6)])
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid audit: entries/a@b/c/d.weight: weight must be above zero and at most 1000000 `2000000`"
    );
    assert_eq!(AuditEntry::MAX_WEIGHT, 1e6);
    assert_eq!(
        Scale::new(0.0, 1e7).unwrap_err().to_string(),
        "invalid scale: scale: scale bounds must be finite, within ±1000000, the lower below the upper `0 to 10000000`"
    );
    assert_eq!(Scale::new(-1e6, 1e6).unwrap().max(), Scale::LIMIT);
}

#[test]
fn checklists_take_exactly_the_filtered_standards() {
    let (model, rules) = centre();
    let set = rules.derive(&model, ServiceLevel::Expected);
    let ask = ["answer@support/contact/ask", "greet@support/contact/ask", "reply@support/contact/ask"];
    let thank = ["thank@support/bill/invoice"];
    let take = |filter: ChecklistFilter| -> Vec<String> {
        Checklist::new(&set, &filter).items().iter().map(|i| i.standard().id().to_string()).collect()
    };
    assert_eq!(take(ChecklistFilter::new()), [&ask[..], &thank[..]].concat());
    assert_eq!(take(ChecklistFilter::new().department("care")), ask);
    assert_eq!(take(ChecklistFilter::new().department("billing")), thank);
    assert_eq!(take(ChecklistFilter::new().department("sales")), Vec::<String>::new());
    assert_eq!(take(ChecklistFilter::new().phase("support/contact".parse().unwrap())), ask);
    assert_eq!(take(ChecklistFilter::new().phase("support/bill".parse().unwrap())), thank);
    assert_eq!(take(ChecklistFilter::new().phase("sales/contact".parse().unwrap())), Vec::<String>::new());
    assert_eq!(take(ChecklistFilter::new().phase("support/greeting".parse().unwrap())), Vec::<String>::new());
    assert_eq!(take(ChecklistFilter::new().channel(Channel::Email)), ["reply@support/contact/ask", thank[0]]);
    assert_eq!(take(ChecklistFilter::new().min_level(ServiceLevel::Expected)), thank);
    assert_eq!(take(ChecklistFilter::new().min_level(ServiceLevel::Basic)), ask);
    assert_eq!(
        take(ChecklistFilter::new().department("care").channel(Channel::Telephone)),
        ["answer@support/contact/ask", "greet@support/contact/ask"]
    );
    let list = Checklist::new(&set, &ChecklistFilter::new().department("care"));
    assert_eq!((list.len(), list.is_empty()), (3, false));
    let item = &list.items()[0];
    assert_eq!(item.statement(Locale::English), "Do it");
    assert_eq!(item.standard().target(), Target::WithinRings(3));
    assert_eq!(item.standard().kind(), StandardKind::Procedure);
    assert_eq!(item.standard().channels(), EnumSet::from([Channel::Telephone]));
    assert_eq!(item.standard().department().map(Id::as_str), Some("care"));
    assert_eq!(item.standard().step().to_string(), "support/contact/ask");
    let none = Checklist::new(&set, &ChecklistFilter::new().department("sales"));
    assert_eq!((none.len(), none.is_empty()), (0, true));
}

#[test]
fn a_checklist_prints_as_a_form_to_fill_in() {
    let (model, _) = centre();
    let rules = RuleSet::builder()
        .rule(
            Rule::builder("answer")
                .when(Condition::builder().channels([Channel::Telephone]))
                .kind(StandardKind::Procedure)
                .dimension(QualityDimension::Responsiveness)
                .statement("Answer {target} | name the company")
                .targets(LevelTargets::same(Target::WithinRings(3))),
        )
        .build()
        .unwrap();
    let set = rules.derive(&model, ServiceLevel::Basic);
    let list = Checklist::new(&set, &ChecklistFilter::new());
    assert_eq!(
        list.markdown(Locale::English),
        "| # | Standard | Target | Verdict |\n|---|---|---|---|\n\
         | 1 | Answer within 3 rings \\| name the company | within 3 rings | |\n"
    );
    assert_eq!(
        list.markdown(Locale::Polish),
        "| # | Standard | Cel | Ocena |\n|---|---|---|---|\n\
         | 1 | [en] Answer within 3 rings \\| name the company | w ciągu 3 sygnałów | |\n"
    );
}

#[test]
fn scales_have_two_distinct_bounds() {
    let scale = Scale::new(-3.0, 3.0).unwrap();
    assert_eq!((scale.min(), scale.max()), (-3.0, 3.0));
    assert_eq!(
        Scale::new(5.0, 5.0).unwrap_err().to_string(),
        "invalid scale: scale: scale bounds must be finite, within ±1000000, the lower below the upper `5 to 5`"
    );
}

#[test]
fn without_dimensions_the_overall_score_weighs_the_phases() {
    let feedback = Feedback::builder(Scale::new(1.0, 5.0).unwrap())
        .items([
            // check-in: gap −2 and −1 → −1.5, importance (2 + 4) / 2 = 3; check-out: gap +1.
            FeedbackItem::new(phase("stay/check-in"), 5.0, 3.0).importance(2.0),
            FeedbackItem::new(phase("stay/check-in"), 4.0, 3.0).importance(4.0),
            FeedbackItem::new(phase("stay/check-out"), 3.0, 4.0),
        ])
        .build()
        .unwrap();
    let gaps = feedback.gaps();
    assert!(gaps.by_dimension().is_empty());
    let check_in = &gaps.by_phase()[0];
    assert_eq!((check_in.difference(), check_in.importance()), (-1.5, 3.0));
    // (−1.5 × 3 + 1 × 1) / (3 + 1)
    assert_eq!(gaps.overall(), -3.5 / 4.0);
    let order: Vec<String> = gaps.priorities().iter().map(|g| g.subject().to_string()).collect();
    assert_eq!(order, ["stay/check-in", "stay/check-out"]);
}

#[test]
fn a_diff_is_empty_only_when_nothing_changed() {
    let (model, rules) = centre();
    let set = rules.derive(&model, ServiceLevel::Expected);
    assert!(SetDiff::between(&set, &set).is_empty());
    // Greeting becomes an expected-level standard: only its level changes.
    let raised = rules
        .rules()
        .map(|r| match r.id().as_str() {
            "greet" => r.to_builder().when(r.condition().to_builder().from_level(ServiceLevel::Expected)),
            _ => r.to_builder(),
        })
        .fold(RuleSet::builder(), RuleSetBuilder::rule)
        .build()
        .unwrap()
        .derive(&model, ServiceLevel::Expected);
    let diff = SetDiff::between(&set, &raised);
    let levels: Vec<(String, ServiceLevel, ServiceLevel)> =
        diff.level_changed().iter().map(|c| (c.id().to_string(), c.before(), c.after())).collect();
    assert_eq!(
        levels,
        [("greet@support/contact/ask".to_owned(), ServiceLevel::Basic, ServiceLevel::Expected)]
    );
    assert!(diff.added().is_empty() && diff.removed().is_empty());
    assert!(diff.target_changed().is_empty() && diff.text_changed().is_empty());
    assert!(!diff.is_empty());
    // Only a removal: not empty either.
    let fewer = rules
        .rules()
        .filter(|r| r.id().as_str() != "thank")
        .map(Rule::to_builder)
        .fold(RuleSet::builder(), RuleSetBuilder::rule)
        .build()
        .unwrap()
        .derive(&model, ServiceLevel::Expected);
    let diff = SetDiff::between(&set, &fewer);
    assert_eq!(diff.removed().len(), 1);
    assert!(!diff.is_empty());
    assert!(!SetDiff::between(&fewer, &set).is_empty());
}

#[test]
fn an_audit_holds_every_entry_given() {
    let empty = Audit::builder().build().unwrap();
    assert_eq!((empty.len(), empty.is_empty()), (0, true));
    let audit = Audit::builder()
        .entries([
            AuditEntry::new("answer@support/contact/ask").verdict(Verdict::Pass),
            AuditEntry::new("reply@support/contact/ask").verdict(Verdict::Fail),
            AuditEntry::new("greet@support/contact/ask").verdict(Verdict::NotApplicable),
        ])
        .build()
        .unwrap();
    assert_eq!((audit.len(), audit.is_empty()), (3, false));
    // Against an empty checklist there is nothing to score or cover.
    let (model, rules) = centre();
    let set = rules.derive(&model, ServiceLevel::Basic);
    let nothing = audit.score(&Checklist::new(&set, &ChecklistFilter::new().department("sales")));
    assert_eq!(
        (nothing.overall().total(), nothing.overall().score(), nothing.overall().coverage()),
        (0, None, None)
    );
    assert_eq!(nothing.stale().len(), 3);
    let (model, rules) = centre();
    let report =
        audit.score(&Checklist::new(&rules.derive(&model, ServiceLevel::Basic), &ChecklistFilter::new()));
    let outcomes: Vec<(String, Verdict)> =
        report.items().iter().map(|i| (i.id().to_string(), i.outcome())).collect();
    assert_eq!(
        outcomes,
        [
            ("answer@support/contact/ask".to_owned(), Verdict::Pass),
            ("greet@support/contact/ask".to_owned(), Verdict::NotApplicable),
            ("reply@support/contact/ask".to_owned(), Verdict::Fail),
        ]
    );
}

/// The centre's model with the given brand.
fn centre_with(brand: BrandBuilder) -> ServiceModel {
    centre().0.to_builder().brand(brand).build().unwrap()
}

#[test]
fn the_handbook_shows_each_part_of_the_brand_that_exists() {
    let (_, rules) = centre();
    let book = |brand: BrandBuilder| {
        let model = centre_with(brand);
        let set = rules.derive(&model, ServiceLevel::Basic);
        Handbook::new(&model, &set).text()
    };

    let none = book(Brand::builder());
    assert!(!none.contains("Our brand"), "{none}");
    assert!(!none.contains("BEHAVIOURS"), "{none}");

    let emotions_only = book(Brand::builder().emotions([Emotion::Trust]));
    assert!(emotions_only.contains("Our brand\n"), "{emotions_only}");
    assert!(emotions_only.contains("Emotions we evoke: trust\n"), "{emotions_only}");
    assert!(!emotions_only.contains("Values"), "{emotions_only}");

    let values_only = book(Brand::builder().value("Honesty"));
    assert!(values_only.contains("Our brand\n"), "{values_only}");
    assert!(values_only.contains("Values:\n\n- Honesty\n"), "{values_only}");
    assert!(!values_only.contains("Emotions we evoke"), "{values_only}");

    let on_only = book(Brand::builder().on_brand_in("care", "Smile"));
    assert_eq!(on_only.matches("BEHAVIOURS").count(), 1, "{on_only}");
    assert!(on_only.contains("On-brand:\n- ✓ Smile\n"), "{on_only}");
    assert!(!on_only.contains("Off-brand"), "{on_only}");

    let off_only = book(Brand::builder().off_brand_in("billing", "Jargon"));
    assert_eq!(off_only.matches("BEHAVIOURS").count(), 1, "{off_only}");
    assert!(off_only.contains("Off-brand:\n- ✗ Jargon\n"), "{off_only}");
    assert!(!off_only.contains("On-brand"), "{off_only}");
}

/// The subjects of the priorities, in order.
fn priority_order(feedback: &Feedback) -> Vec<String> {
    feedback.gaps().priorities().iter().map(|g| g.subject().to_string()).collect()
}

#[test]
fn gaps_equal_to_two_decimals_tie_whatever_the_float_noise() {
    use QualityDimension as D;
    let scale = Scale::new(1.0, 5.0).unwrap();
    // Means as surveys publish them: 3.58 − 3.71 is −0.1299999999999999 and
    // 4.02 − 4.15 is −0.13000000000000078 in floating point; both are −0.13.
    let tangibles = FeedbackItem::new(Subject::Dimension(D::Tangibles), 3.71, 3.58);
    let empathy = FeedbackItem::new(Subject::Dimension(D::Empathy), 4.15, 4.02);
    for rows in [[tangibles.clone(), empathy.clone()], [empathy.clone(), tangibles.clone()]] {
        let feedback = Feedback::builder(scale).items(rows).build().unwrap();
        // A tie: SERVQUAL's order decides, tangibles before empathy.
        assert_eq!(priority_order(&feedback), ["tangibles", "empathy"]);
        let gaps: Vec<f64> = feedback.gaps().by_dimension().iter().map(Gap::difference).collect();
        assert_eq!(gaps, [3.58 - 3.71, 4.02 - 4.15]);
    }
    // The more important subject comes first, whichever of the two it is.
    for (important, expected) in
        [("tangibles", ["tangibles", "empathy"]), ("empathy", ["empathy", "tangibles"])]
    {
        for swap in [false, true] {
            let weigh = |item: &FeedbackItem, name: &str| {
                if name == important { item.clone().importance(2.0) } else { item.clone() }
            };
            let mut rows = vec![weigh(&tangibles, "tangibles"), weigh(&empathy, "empathy")];
            if swap {
                rows.reverse();
            }
            let feedback = Feedback::builder(scale).items(rows).build().unwrap();
            assert_eq!(priority_order(&feedback), expected, "{important} weighs 2, swapped: {swap}");
        }
    }
}

#[test]
fn phases_with_gaps_equal_to_two_decimals_tie_in_the_order_first_given() {
    let scale = Scale::new(1.0, 5.0).unwrap();
    let a = FeedbackItem::new(phase("stay/check-in"), 3.71, 3.58);
    let b = FeedbackItem::new(phase("stay/check-out"), 4.15, 4.02);
    let given = Feedback::builder(scale).items([a.clone(), b.clone()]).build().unwrap();
    assert_eq!(priority_order(&given), ["stay/check-in", "stay/check-out"]);
    let swapped = Feedback::builder(scale).items([b, a]).build().unwrap();
    assert_eq!(priority_order(&swapped), ["stay/check-out", "stay/check-in"]);
}

#[test]
fn dimensions_are_listed_in_servqual_order_then_communication_and_convenience() {
    // Every dimension with the same gap, given in the vocabulary's declared order.
    let feedback = Feedback::builder(Scale::new(1.0, 7.0).unwrap())
        .items(QualityDimension::ALL.iter().map(|&d| FeedbackItem::new(Subject::Dimension(d), 6.0, 5.0)))
        .build()
        .unwrap();
    let expected = [
        "tangibles",
        "reliability",
        "responsiveness",
        "assurance",
        "empathy",
        "communication",
        "convenience",
    ];
    let listed: Vec<String> =
        feedback.gaps().by_dimension().iter().map(|g| g.subject().to_string()).collect();
    assert_eq!(listed, expected);
    assert_eq!(priority_order(&feedback), expected);
}

/// The centre's checklist at expected level: answer (within 3 rings), greet
/// (always), reply (within 8 hours), thank (always).
fn centre_checklist() -> Checklist {
    let (model, rules) = centre();
    Checklist::new(&rules.derive(&model, ServiceLevel::Expected), &ChecklistFilter::new())
}

fn strings(ids: &[StandardId]) -> Vec<String> {
    ids.iter().map(ToString::to_string).collect()
}

#[test]
fn a_failed_critical_item_fails_the_audit_whatever_the_score() {
    // The critical item weighs 1 (set after `critical()`), the rest 19: 19 / 20 = 95 %.
    let audit = Audit::builder()
        .entries([
            AuditEntry::new("answer@support/contact/ask").verdict(Verdict::Fail).critical().weight(1.0),
            AuditEntry::new("greet@support/contact/ask").verdict(Verdict::Pass).weight(19.0),
        ])
        .build()
        .unwrap();
    let report = audit.score(&centre_checklist());
    assert_eq!(report.overall().score(), Some(0.95));
    assert_eq!(strings(report.failed_critical()), ["answer@support/contact/ask"]);
    assert_eq!(report.passes(0.9), Ok(false));
    assert_eq!(report.passes(0.0), Ok(false));
    let critical: Vec<(String, bool, f64)> =
        report.items().iter().map(|i| (i.id().to_string(), i.is_critical(), i.weight())).collect();
    assert_eq!(
        critical,
        [
            ("answer@support/contact/ask".to_owned(), true, 1.0),
            ("greet@support/contact/ask".to_owned(), false, 19.0),
            ("reply@support/contact/ask".to_owned(), false, 1.0),
            ("thank@support/bill/invoice".to_owned(), false, 1.0),
        ]
    );
}

#[test]
fn without_critical_failures_the_audit_passes_at_the_pass_mark() {
    let audit = Audit::builder()
        // Critical and passed (measured on the 2nd ring): weight 3.
        .entries([AuditEntry::new("answer@support/contact/ask").measured(Measurement::Rings(2)).critical()])
        // Critical but not observed: neither a pass nor a knock-out.
        .entries([
            AuditEntry::new("reply@support/contact/ask").verdict(Verdict::NotObserved).critical(),
            AuditEntry::new("greet@support/contact/ask").verdict(Verdict::Pass).weight(16.0),
            AuditEntry::new("thank@support/bill/invoice").verdict(Verdict::Fail),
        ])
        .build()
        .unwrap();
    let report = audit.score(&centre_checklist());
    // (3 + 16) / (3 + 16 + 1) = 0.95
    assert_eq!(report.overall().score(), Some(0.95));
    assert!(report.failed_critical().is_empty());
    assert_eq!(report.passes(0.9), Ok(true));
    assert_eq!(report.passes(0.95), Ok(true), "a score equal to the pass mark passes");
    assert_eq!(report.passes(0.96), Ok(false));
    assert_eq!(report.passes(1.0), Ok(false));
    assert_eq!(report.passes(0.0), Ok(true));
}

#[test]
fn an_audit_with_nothing_passed_or_failed_does_not_pass() {
    let audit = Audit::builder()
        .entries([AuditEntry::new("greet@support/contact/ask").verdict(Verdict::NotApplicable)])
        .build()
        .unwrap();
    let report = audit.score(&centre_checklist());
    assert_eq!(report.overall().score(), None);
    assert_eq!(report.passes(0.0), Ok(false));
}

#[test]
fn the_pass_mark_is_a_share_from_0_to_1() {
    let report = Audit::builder().build().unwrap().score(&centre_checklist());
    for bad in [-0.1, 1.5, 95.0, f64::NAN, f64::INFINITY] {
        assert_eq!(
            report.passes(bad).unwrap_err().to_string(),
            format!("invalid pass mark: pass_mark: score outside the scale `{bad}`"),
        );
    }
    let err = report.passes(2.0).unwrap_err();
    let found: Vec<(&str, &Problem, Option<&str>)> =
        err.violations().iter().map(|v| (v.path(), v.problem(), v.value())).collect();
    assert_eq!(found, [("pass_mark", &Problem::OutOfScale, Some("2"))]);
}

#[test]
fn a_measurement_of_the_wrong_kind_is_listed_and_not_observed_rather_than_failed() {
    let audit = Audit::builder()
        // Rings are checked against rings; a yes/no cannot be.
        .entries([AuditEntry::new("answer@support/contact/ask").measured(Measurement::Done(true)).critical()])
        // A count against "always", with a verdict that the measurement cannot overrule.
        .entries([AuditEntry::new("greet@support/contact/ask")
            .measured(Measurement::Count(2))
            .verdict(Verdict::Pass)])
        // A duration against a time limit fits: a plain fail, not a mismatch.
        .entries([
            AuditEntry::new("reply@support/contact/ask")
                .measured(Measurement::Duration(Duration::from_secs(9 * 3600))),
            AuditEntry::new("thank@support/bill/invoice").measured(Measurement::Done(true)),
        ])
        .build()
        .unwrap();
    let report = audit.score(&centre_checklist());
    let outcomes: Vec<(String, Verdict)> =
        report.items().iter().map(|i| (i.id().to_string(), i.outcome())).collect();
    assert_eq!(
        outcomes,
        [
            ("answer@support/contact/ask".to_owned(), Verdict::NotObserved),
            ("greet@support/contact/ask".to_owned(), Verdict::NotObserved),
            ("reply@support/contact/ask".to_owned(), Verdict::Fail),
            ("thank@support/bill/invoice".to_owned(), Verdict::Pass),
        ]
    );
    assert_eq!(strings(report.mismatched()), ["answer@support/contact/ask", "greet@support/contact/ask"]);
    assert!(report.conflicts().is_empty());
    // Not failed, so not a critical failure either.
    assert!(report.failed_critical().is_empty());
    assert_eq!(report.overall().count(Verdict::NotObserved), 2);
    assert_eq!(report.overall().score(), Some(0.5));
    assert_eq!(report.overall().coverage(), Some(0.5));
    // The value recorded is still shown.
    assert_eq!(report.items()[0].measured(), Some(Measurement::Done(true)));
}

#[test]
fn every_target_takes_measurements_of_its_own_kind_only() {
    use Measurement as M;
    let (model, _) = centre();
    let measurements =
        [M::Duration(Duration::from_secs(60)), M::Percent(90), M::Rings(2), M::Count(1), M::Done(true)];
    let targets = [
        (Target::within_secs(60), 0),
        (Target::Every(Duration::from_secs(60)), 0),
        (Target::ShareWithin { percent: 80, within: Duration::from_secs(60) }, 1),
        (Target::Share(80), 1),
        (Target::WithinRings(3), 2),
        (Target::AtLeast(1), 3),
        (Target::AtMost(1), 3),
        (Target::Always, 4),
        (Target::Never, 4),
    ];
    for (target, fits) in targets {
        let rules = RuleSet::builder()
            .rule(
                Rule::builder("answer")
                    .when(Condition::builder().channels([Channel::Telephone]))
                    .kind(StandardKind::Procedure)
                    .dimension(QualityDimension::Responsiveness)
                    .statement("Do it")
                    .targets(LevelTargets::same(target)),
            )
            .build()
            .unwrap();
        let checklist = Checklist::new(&rules.derive(&model, ServiceLevel::Basic), &ChecklistFilter::new());
        for (n, measured) in measurements.into_iter().enumerate() {
            let audit = Audit::builder()
                .entries([AuditEntry::new("answer@support/contact/ask").measured(measured)])
                .build()
                .unwrap();
            let report = audit.score(&checklist);
            assert_eq!(report.mismatched().is_empty(), n == fits, "{target:?} measured as {measured:?}");
            assert_eq!(
                report.items()[0].outcome() == Verdict::NotObserved,
                n != fits,
                "{target:?} measured as {measured:?}"
            );
        }
    }
}

#[cfg(feature = "serde")]
#[test]
fn critical_is_kept_in_documents_and_old_documents_still_load() {
    let audit = Audit::builder()
        .entries([
            AuditEntry::new("answer@support/contact/ask").verdict(Verdict::Fail).critical().weight(1.0),
            AuditEntry::new("greet@support/contact/ask").verdict(Verdict::Pass).critical(),
            AuditEntry::new("reply@support/contact/ask").verdict(Verdict::Pass).weight(3.0),
        ])
        .build()
        .unwrap();
    let json = serde_json::to_string(&audit).unwrap();
    assert_eq!(
        json,
        r#"{"format_version":1,"entries":[{"id":"answer@support/contact/ask","verdict":"fail","critical":true},{"id":"greet@support/contact/ask","verdict":"pass","weight":3.0,"critical":true},{"id":"reply@support/contact/ask","verdict":"pass","weight":3.0}]}"#
    );
    let back: Audit = serde_json::from_str(&json).unwrap();
    assert_eq!(back, audit);
    assert_eq!(strings(back.score(&centre_checklist()).failed_critical()), ["answer@support/contact/ask"]);
    let toml = toml::to_string(&audit).unwrap();
    assert_eq!(toml::from_str::<Audit>(&toml).unwrap(), audit);
    // Documents written before `critical` existed load as not critical: a
    // weight of 3 was only a weight then.
    let old: Audit = serde_json::from_str(include_str!("../../fixtures/v1/audit.json")).unwrap();
    let report = old.score(&Checklist::new(&old_fixture_set(), &ChecklistFilter::new()));
    assert_eq!(report.items()[0].weight(), 3.0);
    assert_eq!(report.items()[0].outcome(), Verdict::Fail);
    assert!(!report.items()[0].is_critical());
    assert!(report.failed_critical().is_empty());
    assert_eq!(report.passes(0.0), Ok(true));
    assert_eq!(report.passes(0.1), Ok(false));
}

/// The v1 fixture's standard set.
#[cfg(feature = "serde")]
fn old_fixture_set() -> StandardSet {
    serde_json::from_str(include_str!("../../fixtures/v1/standards.json")).unwrap()
}
