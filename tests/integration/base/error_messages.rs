//! Every error message the crate can produce, provoked through the public API
//! with real bad input and asserted word for word. A message is part of the
//! contract (users log it and show it); changing one shows up here.
#![cfg(feature = "serde")]

use std::time::Duration;

use jiff::civil::date;
use service_standards::prelude::*;

/// A rule that builds, to be spoilt one field at a time.
fn rule(id: &str) -> RuleBuilder {
    Rule::builder(id)
        .when(Condition::builder().channels([Channel::Chat]))
        .kind(StandardKind::Procedure)
        .dimension(QualityDimension::Responsiveness)
        .statement("Answer every chat {target}")
        .targets(LevelTargets::same(Target::within_secs(60)))
}

fn rules_error(rule: RuleBuilder) -> String {
    RuleSet::builder().rule(rule).build().unwrap_err().to_string()
}

fn step(id: &str) -> StepBuilder {
    Step::builder(id, "Greet").moment(MomentKind::Welcome)
}

fn model_error(sequence: SequenceBuilder) -> String {
    ServiceModel::builder("Hotel").sequence(sequence).build().unwrap_err().to_string()
}

/// The error of a model whose one step, at `stay/check-in`, face to face, is `step`.
fn step_error(step: StepBuilder) -> String {
    model_error(
        Sequence::builder("stay", "Stay")
            .phase(Phase::builder("check-in", "Check-in").channels([Channel::FaceToFace]).step(step)),
    )
}

fn one_step_model() -> ServiceModel {
    ServiceModel::builder("Hotel")
        .sequence(Sequence::builder("stay", "Stay").phase(
            Phase::builder("check-in", "Check-in").channels([Channel::FaceToFace]).step(step("greet")),
        ))
        .build()
        .unwrap()
}

fn feedback_error(items: &[FeedbackItem]) -> String {
    Feedback::builder(Scale::new(1.0, 7.0).unwrap())
        .items(items.iter().cloned())
        .build()
        .unwrap_err()
        .to_string()
}

#[test]
fn id_messages() {
    let cases = [
        ("", "invalid id ``: empty"),
        ("Greet", "invalid id `Greet`: character 'G' is not one of a-z, 0-9, '-'"),
        ("-greet", "invalid id `-greet`: starts or ends with '-'"),
        ("greet-", "invalid id `greet-`: starts or ends with '-'"),
    ];
    for (input, message) in cases {
        assert_eq!(Id::new(input).unwrap_err().to_string(), message, "{input:?}");
    }
    let long = "a".repeat(Id::MAX_LEN + 1);
    assert_eq!(
        Id::new(&long).unwrap_err().to_string(),
        format!("invalid id `{}…`: longer than 64 characters", "a".repeat(64))
    );
}

#[test]
fn parsing_messages() {
    assert_eq!(
        "fax-machine".parse::<Channel>().unwrap_err().to_string(),
        "unknown channel `fax-machine`, expected one of: face-to-face, telephone, email, web-form, chat, video-call, social-media, forum, self-service, letter, fax, sms, app"
    );
    assert_eq!(
        "stay/check-in".parse::<StepPath>().unwrap_err().to_string(),
        "invalid step path `stay/check-in`, expected sequence/phase/step"
    );
    assert_eq!(
        "stay".parse::<PhasePath>().unwrap_err().to_string(),
        "invalid phase path `stay`, expected sequence/phase"
    );
    assert_eq!(
        "stay/check-in/greet".parse::<PhasePath>().unwrap_err().to_string(),
        "invalid phase path `stay/check-in/greet`, expected sequence/phase"
    );
    assert_eq!(
        "stay/Check-in".parse::<PhasePath>().unwrap_err().to_string(),
        "invalid id `Check-in`: character 'C' is not one of a-z, 0-9, '-'"
    );
    assert_eq!(
        "greet-on-arrival".parse::<StandardId>().unwrap_err().to_string(),
        "invalid standard id `greet-on-arrival`, expected rule@sequence/phase/step"
    );
    assert_eq!(
        "Greet@stay/check-in/greet".parse::<StandardId>().unwrap_err().to_string(),
        "invalid id `Greet`: character 'G' is not one of a-z, 0-9, '-'"
    );
    assert_eq!(
        serde_json::from_str::<Target>(r#"{"within": "soon"}"#).unwrap_err().to_string(),
        "invalid duration `soon`, expected e.g. 20s, 5m, 24h or 1h 30m at line 1 column 17"
    );
}

#[test]
fn wrong_types_in_documents_say_what_was_expected() {
    assert_eq!(
        serde_json::from_str::<Channel>("5").unwrap_err().to_string(),
        "invalid type: integer `5`, expected channel at line 1 column 1"
    );
    assert_eq!(
        serde_json::from_str::<EnumSet<Channel>>("\"chat\"").unwrap_err().to_string(),
        "invalid type: string \"chat\", expected a list of channel values at line 1 column 6"
    );
    assert_eq!(
        serde_json::from_str::<StepPath>("5").unwrap_err().to_string(),
        "invalid type: integer `5`, expected a step path `sequence/phase/step` at line 1 column 1"
    );
    assert_eq!(
        serde_json::from_str::<PhasePath>("5").unwrap_err().to_string(),
        "invalid type: integer `5`, expected a phase path `sequence/phase` at line 1 column 1"
    );
    assert_eq!(
        serde_json::from_str::<PhasePath>(r#""stay""#).unwrap_err().to_string(),
        "invalid phase path `stay`, expected sequence/phase at line 1 column 6"
    );
}

#[test]
fn document_version_message() {
    let doc = r#"{"format_version": 7, "name": "Hotel", "sequences": []}"#;
    assert_eq!(
        serde_json::from_str::<ServiceModel>(doc).unwrap_err().to_string(),
        "unsupported service model format version 7, this release reads version 1 at line 1 column 20"
    );
}

#[test]
fn model_messages() {
    assert_eq!(
        model_error(
            Sequence::builder("stay", "Stay").phase(
                Phase::builder("check-in", "Check-in")
                    .channels([Channel::FaceToFace])
                    .step(step("greet"))
                    .step(step("greet"))
            )
        ),
        "invalid service model: stay/check-in/greet: duplicate id `greet`"
    );
    assert_eq!(
        model_error(Sequence::builder("stay", " ").phase(
            Phase::builder("check-in", "Check-in").channels([Channel::FaceToFace]).step(step("greet"))
        )),
        "invalid service model: stay.name: empty name ` `"
    );
    assert_eq!(model_error(Sequence::builder("stay", "Stay")), "invalid service model: stay: no phases");
    assert_eq!(
        model_error(Sequence::builder("stay", "Stay").phase(Phase::builder("check-in", "Check-in"))),
        "invalid service model: stay/check-in: no steps"
    );
    assert_eq!(
        model_error(
            Sequence::builder("stay", "Stay")
                .phase(Phase::builder("check-in", "Check-in").step(step("greet")))
        ),
        "invalid service model: stay/check-in/greet.channels: no channel on the step or its phase"
    );
    assert_eq!(
        step_error(Step::builder("greet", "Greet")),
        "invalid service model: stay/check-in/greet.moment: no moment kind"
    );
    assert_eq!(
        step_error(step("greet").department("spa")),
        "invalid service model: stay/check-in/greet.department: unknown department `spa`"
    );
    assert_eq!(
        step_error(step("greet").customer_action("  ")),
        "invalid service model: stay/check-in/greet.customer_action: empty text `  `"
    );
}

#[test]
fn rule_messages() {
    assert_eq!(
        rules_error(rule("a").statement("Answer {guest}")),
        "invalid rule set: rules/a.statement: unknown placeholder `{guest}`"
    );
    assert_eq!(
        rules_error(rule("a").statement("Answer {target")),
        "invalid rule set: rules/a.statement: unbalanced brace `{target`"
    );
    assert_eq!(
        rules_error(rule("a").statement("  ")),
        "invalid rule set: rules/a.statement: empty text `  `"
    );
    assert_eq!(
        rules_error(
            Rule::builder("a")
                .when(Condition::builder().channels([Channel::Chat]))
                .targets(LevelTargets::same(Target::Always))
        ),
        "invalid rule set: rules/a.kind: missing field; rules/a.dimension: missing field; rules/a.statement: missing field"
    );
    assert_eq!(
        rules_error(rule("a").when(Condition::builder())),
        "invalid rule set: rules/a.when: condition tests nothing"
    );
    assert_eq!(
        rules_error(
            rule("a")
                .when(Condition::builder().channels([Channel::Email]).capabilities([Capability::StaffSeen]))
        ),
        "invalid rule set: rules/a.when: condition can never match `no channel has staff-seen among email`"
    );
    assert_eq!(
        rules_error(rule("a").targets(LevelTargets::new().at(ServiceLevel::Basic, Target::Always))),
        "invalid rule set: rules/a.targets.expected: no target at a level where the rule applies; rules/a.targets.exclusive: no target at a level where the rule applies"
    );
    assert_eq!(
        rules_error(
            rule("a").targets(
                LevelTargets::new()
                    .at(ServiceLevel::Basic, Target::within_secs(10))
                    .at(ServiceLevel::Expected, Target::within_secs(60))
                    .at(ServiceLevel::Exclusive, Target::within_secs(60))
            )
        ),
        "invalid rule set: rules/a.targets.expected: target is not at least as strict as at the level below `within 1 minute`"
    );
    assert_eq!(
        rules_error(rule("a").targets(LevelTargets::same(Target::Share(120)))),
        "invalid rule set: rules/a.targets.basic: target out of range `in at least 120 % of cases`; rules/a.targets.expected: target out of range `in at least 120 % of cases`; rules/a.targets.exclusive: target out of range `in at least 120 % of cases`"
    );
    assert_eq!(
        rules_error(rule("a").targets(LevelTargets::same(Target::within_hours(u64::MAX)))),
        "invalid rule set: rules/a.targets.basic: target out of range `within 213503982334601 days 7 hours 15 seconds`; \
         rules/a.targets.expected: target out of range `within 213503982334601 days 7 hours 15 seconds`; \
         rules/a.targets.exclusive: target out of range `within 213503982334601 days 7 hours 15 seconds`"
    );
    let base = RuleSet::builder().rule(rule("a")).build().unwrap();
    let clash = RuleSet::builder().rule(rule("a")).build().unwrap();
    assert_eq!(
        base.merge(&clash).unwrap_err().to_string(),
        "invalid rule set merge: rules/a: rule id already in the set (use an explicit override) `a`"
    );
    let nothing = RuleSet::builder().rule(rule("b").overriding()).build().unwrap();
    assert_eq!(
        base.merge(&nothing).unwrap_err().to_string(),
        "invalid rule set merge: rules/b: override of a rule that is not in the set `b`"
    );
}

#[test]
fn standard_set_messages() {
    let set = RuleSet::catalogue().derive(&one_step_model(), ServiceLevel::Basic);
    let mut doc: serde_json::Value = serde_json::to_value(&set).unwrap();
    let first = &mut doc["standards"][0];
    first["aspect"] =
        if first["kind"] == "personal-contact" { "technical".into() } else { "functional".into() };
    first["level"] = "exclusive".into();
    assert_eq!(
        serde_json::from_value::<StandardSet>(doc).unwrap_err().to_string(),
        "invalid standard set: standards/eye-contact-and-posture@stay/check-in/greet.aspect: aspect does not follow from the kind `technical`; standards/eye-contact-and-posture@stay/check-in/greet.level: level above the set's level `exclusive`"
    );
}

#[test]
fn practice_messages() {
    let audit = Audit::builder()
        .entries([
            AuditEntry::new("greet-on-arrival").verdict(Verdict::Pass),
            AuditEntry::new("greet-on-arrival@stay/check-in/greet").weight(0.0),
        ])
        .build()
        .unwrap_err();
    assert_eq!(
        audit.to_string(),
        "invalid audit: entries/greet-on-arrival: not a standard id (rule@sequence/phase/step) `greet-on-arrival`; entries/greet-on-arrival@stay/check-in/greet.verdict: missing field; entries/greet-on-arrival@stay/check-in/greet.weight: weight must be above zero and at most 1000000 `0`"
    );

    let measured = Audit::builder()
        .entries([
            AuditEntry::new("share@stay/check-in/greet").measured(Measurement::Percent(150)),
            AuditEntry::new("wait@stay/check-in/greet").measured(Measurement::Duration(Duration::MAX)),
        ])
        .build()
        .unwrap_err();
    assert_eq!(
        measured.to_string(),
        "invalid audit: entries/share@stay/check-in/greet.measured: measured value out of range `150 %`; \
         entries/wait@stay/check-in/greet.measured: measured value out of range `213503982334601 days 7 hours 15 seconds`"
    );

    assert_eq!(
        Scale::new(7.0, 1.0).unwrap_err().to_string(),
        "invalid scale: scale: scale bounds must be finite, within ±1000000, the lower below the upper `7 to 1`"
    );
    assert_eq!(feedback_error(&[]), "invalid feedback: items: nothing given");
    assert_eq!(
        feedback_error(&[FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 8.0, 5.0)]),
        "invalid feedback: items[0].expectation: score outside the scale `8`"
    );
    let both = r#"{"format_version": 1, "scale": {"min": 1, "max": 7},
        "items": [{"dimension": "empathy", "phase": "stay/check-in", "expectation": 6, "perception": 5}]}"#;
    assert_eq!(
        serde_json::from_str::<Feedback>(both).unwrap_err().to_string(),
        "invalid feedback: items[0]: give exactly one of `dimension` or `phase`"
    );

    let set = RuleSet::catalogue().derive(&one_step_model(), ServiceLevel::Basic);
    let outdated = Audit::builder()
        .entries([AuditEntry::new("retired@stay/check-in/greet").verdict(Verdict::Pass)])
        .build()
        .unwrap();
    assert_eq!(
        outdated.score_strict(&Checklist::new(&set, &ChecklistFilter::new())).unwrap_err().to_string(),
        "invalid audit: entries/retired@stay/check-in/greet: standard not on the checklist `retired@stay/check-in/greet`"
    );
    assert_eq!(
        IssuedSet::new(set, date(2026, 1, 15)).review_every(0).unwrap_err().to_string(),
        "invalid issued set: review_months: review interval must be 1 to 12 months `0`"
    );
}

#[test]
fn a_path_of_long_valid_ids_is_never_cut() {
    let (s, p, t) = ("s".repeat(64), "p".repeat(64), "t".repeat(64));
    let err = ServiceModel::builder("Hotel")
        .sequence(
            Sequence::builder(s.as_str(), "Stay").phase(
                Phase::builder(p.as_str(), "Check-in")
                    .channels([Channel::FaceToFace])
                    .step(Step::builder(t.as_str(), "Greet")),
            ),
        )
        .build()
        .unwrap_err();
    assert_eq!(err.to_string(), format!("invalid service model: {s}/{p}/{t}.moment: no moment kind"));
}

#[test]
fn an_unknown_key_is_quoted_short() {
    let key = "k".repeat(65);
    let json = format!(r#"{{"format_version": 1, "name": "Hotel", "{key}": 1}}"#);
    assert_eq!(
        serde_json::from_str::<ServiceModel>(&json).unwrap_err().to_string(),
        format!(
            "unknown field `{}…`, expected one of `format_version`, `name`, `pack`, `industry`, `profile`, `brand`, `departments`, `sequences` at line 1 column 110",
            "k".repeat(64)
        )
    );
    let toml = format!("format_version = 1\nname = \"Hotel\"\n{key} = 1\n");
    assert_eq!(
        toml::from_str::<ServiceModel>(&toml).unwrap_err().message(),
        format!(
            "unknown field `{}…`, expected one of `format_version`, `name`, `pack`, `industry`, `profile`, `brand`, `departments`, `sequences`",
            "k".repeat(64)
        )
    );
}

#[test]
fn an_unreadable_field_of_a_document_is_named() {
    let set = RuleSet::catalogue().derive(&one_step_model(), ServiceLevel::Basic);
    let issued = IssuedSet::new(set, date(2026, 1, 15));
    let json = serde_json::to_string(&issued).unwrap().replace("2026-01-15", "2026-02-30");
    assert_eq!(
        serde_json::from_str::<IssuedSet>(&json).unwrap_err().to_string(),
        "issued_on: parsed date is not valid: parameter 'day' for `2026-02` is invalid, must be in range `1..=28` at line 1 column 44"
    );
    // toml shows the line of the field itself.
    let toml = toml::to_string(&issued).unwrap().replace("2026-01-15", "2026-02-30");
    assert_eq!(
        toml::from_str::<IssuedSet>(&toml).unwrap_err().to_string(),
        "TOML parse error at line 2, column 13\n  |\n2 | issued_on = \"2026-02-30\"\n  |             ^^^^^^^^^^^^\n\
         parsed date is not valid: parameter 'day' for `2026-02` is invalid, must be in range `1..=28`\n"
    );
    assert_eq!(
        serde_json::from_str::<ServiceModel>(r#"{"format_version": 1, "name": ["Hotel"]}"#)
            .unwrap_err()
            .to_string(),
        "name: invalid type: sequence, expected a string at line 1 column 30"
    );
    assert_eq!(
        serde_json::from_str::<ServiceModel>(r#"{"format_version": "1", "name": "Hotel"}"#)
            .unwrap_err()
            .to_string(),
        "format_version: invalid type: string \"1\", expected u32 at line 1 column 22"
    );
}

#[test]
fn a_feedback_phase_must_be_a_sequence_and_a_phase() {
    let doc = r#"{"format_version": 1, "scale": {"min": 1, "max": 7},
        "items": [{"phase": "stay", "expectation": 6, "perception": 5}]}"#;
    assert_eq!(
        serde_json::from_str::<Feedback>(doc).unwrap_err().to_string(),
        "invalid feedback: items[0].phase: not a phase path (sequence/phase) `stay`"
    );
}

#[test]
fn a_contradiction_says_what_it_contradicts() {
    let aspect = Violation::new(
        "standards/a@b/c/d.aspect",
        Problem::Contradicts("aspect does not follow from the kind"),
        "technical",
    );
    assert_eq!(
        aspect.to_string(),
        "standards/a@b/c/d.aspect: aspect does not follow from the kind `technical`"
    );
    let level = Violation::new(
        "standards/a@b/c/d.level",
        Problem::Contradicts("level above the set's level"),
        "exclusive",
    );
    assert_eq!(level.to_string(), "standards/a@b/c/d.level: level above the set's level `exclusive`");
}

#[test]
fn toml_errors_in_a_field_keep_the_place_toml_shows() {
    let doc = "format_version = 1\nname = \"Hotel\"\n[[sequences]]\nid = \"stay\"\nname = \"Stay\"\n\
               [[sequences.phases]]\nid = \"check-in\"\nname = \"Check-in\"\nchannels = [\"fax-machine\"]\n";
    assert_eq!(
        toml::from_str::<ServiceModel>(doc).unwrap_err().to_string(),
        "TOML parse error at line 9, column 13\n  |\n9 | channels = [\"fax-machine\"]\n  |             ^^^^^^^^^^^^^\n\
         unknown channel `fax-machine`, expected one of: face-to-face, telephone, email, web-form, chat, video-call, social-media, forum, self-service, letter, fax, sms, app\n"
    );
}

/// Issue 12, defect 5: a standard-set document whose provenance cannot be true is refused.
#[test]
fn provenance_that_cannot_be_true_is_refused() {
    let set = RuleSet::catalogue().derive(&one_step_model(), ServiceLevel::Basic);
    let mut doc: serde_json::Value = serde_json::to_value(&set).unwrap();
    let first = &mut doc["standards"][0];
    let id = first["id"].as_str().unwrap().to_owned();
    first["trigger"] = serde_json::json!({ "channel": "fax" });
    assert_eq!(
        serde_json::from_value::<StandardSet>(doc).unwrap_err().to_string(),
        format!(
            "invalid standard set: standards/{id}.trigger: trigger the standard cannot have `channel fax`"
        )
    );
}

/// Issue 24, items 2, 5, 7 and 10: the texts of documents that do not read,
/// and documents that contradict themselves, each named by its path.
#[test]
fn document_text_messages() {
    let doc = serde_json::json!({ "format_version": 1, "rules": [{
        "id": "a", "kind": "procedure", "dimension": "responsiveness",
        "statement": "Answer every chat {target}", "when": { "channels": ["chat"] },
        "targets": {
            "basic": { "cover": "mon +8:00-10:00" },
            "expected": { "from-distance": "-3m" },
            "exclusive": { "up-to": "1e9 EUR" },
        },
    }]});
    assert_eq!(
        serde_json::from_value::<RuleSet>(doc).unwrap_err().to_string(),
        "invalid rule set: \
         rules/a.targets.basic.cover: invalid cover (expected 24/7 or days and hours, e.g. mon-fri 08:00-20:00) `mon +8:00-10:00`; \
         rules/a.targets.expected.from-distance: invalid distance (expected metres or feet above zero, e.g. 3m, 2.5m or 10ft) `-3m`; \
         rules/a.targets.exclusive.up-to: invalid amount (expected a whole amount and a currency code, e.g. 100 EUR) `1e9 EUR`"
    );
    let doc = serde_json::json!({ "format_version": 1, "rules": [{
        "id": "a", "kind": "procedure", "dimension": "responsiveness",
        "statement": "Answer every chat {target}", "when": { "channels": ["chat"] },
        "targets": { "basic": { "within": "+1m" }, "expected": { "within": "1m" }, "exclusive": { "within": "1m" } },
    }]});
    assert_eq!(
        serde_json::from_value::<RuleSet>(doc).unwrap_err().to_string(),
        "invalid rule set: rules/a.targets.basic.within: invalid duration (expected e.g. 20s, 5m, 24h or 1h 30m) `+1m`"
    );
    assert_eq!(
        rules_error(rule("a").statement_in(Locale::English, "Answer")),
        "invalid rule set: rules/a.translations.english: english is the statement itself, not a translation `Answer`"
    );

    let training = rule("train")
        .when(Condition::builder().moments([MomentKind::Welcome]))
        .statement("Train the staff who greet")
        .targets(LevelTargets::same(Target::Always))
        .policy(PolicyScope::Business);
    let set = RuleSet::catalogue()
        .merge(&RuleSet::builder().rule(training).build().unwrap())
        .unwrap()
        .derive(&one_step_model(), ServiceLevel::Basic);
    let doc: serde_json::Value = serde_json::to_value(&set).unwrap();
    let first = doc["standards"][0]["id"].as_str().unwrap().to_owned();
    let policy = doc["policies"]
        .as_array()
        .unwrap()
        .iter()
        .position(|p| p["standard"]["id"] == "train@stay/check-in/greet")
        .unwrap();
    let error = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut doc = doc.clone();
        change(&mut doc);
        serde_json::from_value::<StandardSet>(doc).unwrap_err().to_string()
    };
    assert_eq!(
        error(
            &|d| d["standards"][0]["translations"]["polish"] = "Przywitaj gościa\n# Fałszywy rozdział".into()
        ),
        format!(
            "invalid standard set: standards/{first}.translations.polish: forbidden character U+000A `Przywitaj gościa\\u{{a}}# Fałszywy rozdział`"
        )
    );
    assert_eq!(
        error(&|d| d["standards"][0]["translations"]["polish"] = "".into()),
        format!("invalid standard set: standards/{first}.translations.polish: empty text")
    );
    assert_eq!(
        error(&|d| d["standards"][0]["translations"]["english"] = "Greet".into()),
        format!(
            "invalid standard set: standards/{first}.translations.english: english is the statement itself, not a translation `Greet`"
        )
    );
    assert_eq!(
        error(&|d| d["policies"][policy]["steps"] =
            serde_json::json!(["stay/check-in/greet", "stay/check-in/greet"])),
        format!("invalid standard set: policies[{policy}].steps[1]: duplicate id `stay/check-in/greet`")
    );
    assert_eq!(
        error(&|d| {
            let again = d["policies"][policy].clone();
            d["policies"].as_array_mut().unwrap().push(again);
        }),
        format!(
            "invalid standard set: policies[{}].standard.id: duplicate id `train@stay/check-in/greet`",
            doc["policies"].as_array().unwrap().len()
        )
    );
    assert_eq!(
        error(&|d| d["policies"][policy]["standard"]["id"] = first.as_str().into()),
        format!("invalid standard set: policies[{policy}].standard.id: duplicate id `{first}`")
    );
}

#[cfg(feature = "csv")]
#[test]
fn survey_mapping_messages() {
    let empathy = || Subject::Dimension(QualityDimension::Empathy);
    let nps = || QuestionColumn::new("q", empathy(), Measure::Nps);
    let base = || SurveyMapping::builder().respondent("id").date("day", "%Y-%m-%d");
    let error = |b: SurveyMappingBuilder| b.build().unwrap_err().to_string();
    assert_eq!(
        error(SurveyMapping::builder()),
        "invalid survey mapping: respondent: missing field; date.column: missing field; questions: nothing given"
    );
    assert_eq!(
        error(base().delimiter('é').header_row(0).question(nps())),
        "invalid survey mapping: delimiter: delimiter must be one ascii character other than a quote or a line break `é`; \
         header_row: records are counted from 1 `0`"
    );
    assert_eq!(
        error(base().site("id").question(nps())),
        "invalid survey mapping: site.column: column mapped twice `id`"
    );
    assert_eq!(
        error(
            base()
                .site("s")
                .site_value("Kraków", "Kraków")
                .site_value(" kraków ", "krakow")
                .channel("c")
                .channel_value("", Channel::Email)
                .question(nps())
        ),
        "invalid survey mapping: site.values[Kraków]: invalid id (character 'K' is not one of a-z, 0-9, '-') `Kraków`; \
         site.values[ kraków ]: value given twice ` kraków `; channel.values[]: missing field"
    );
    assert_eq!(
        error(base().filter("", Vec::<String>::new()).question(nps())),
        "invalid survey mapping: filters[0].column: missing field; filters[0].keep: nothing given"
    );
    assert_eq!(
        error(base().question(QuestionColumn::new("q", empathy(), Measure::Servqual))),
        "invalid survey mapping: questions[0].measure: a question column holds one score: nps, csat or ces `servqual`"
    );
    assert_eq!(
        error(base().question(nps().scale(Scale::new(1.0, 10.0).unwrap()).label("Top", 10.5))),
        "invalid survey mapping: questions[0].scale: nps is on 0 to 10 `1 to 10` (accepted: 0 to 10); \
         questions[0].labels[Top]: score outside the scale `10.5` (accepted: a whole number from 0 to 10)"
    );
    assert_eq!(
        error(base().question(nps().label("Yes", 10.0).label("YES", 9.0))),
        "invalid survey mapping: questions[0].labels[YES]: value given twice `YES`"
    );
    assert_eq!(
        base()
            .question(QuestionColumn::new("q", Subject::Overall, Measure::Csat))
            .question(QuestionColumn::new("r", Subject::Overall, Measure::Csat))
            .build()
            .unwrap_err()
            .to_string(),
        "invalid survey mapping: questions[1]: another question has this subject and measure `overall csat`"
    );
    let mapping = base().question(nps()).build().unwrap();
    let import = CsvImport::new().with_mapping(&mapping);
    let error = |file: &str| import.strict(file.as_bytes()).unwrap_err().to_string();
    assert_eq!(import.strict("id,day,q\nr1,2026-03-02,10 - Extremely likely\n".as_bytes()).unwrap().len(), 1);
    assert_eq!(
        error("id,day,q\nr1,02.03.2026,ten\n"),
        "invalid survey file: line 2.day: not in the declared format `02.03.2026` (accepted: %Y-%m-%d); \
         line 2.q: not a number `ten` (accepted: a whole number from 0 to 10)"
    );
    assert_eq!(
        error("id,day,q\nr1,2026-03-02,11 - Too likely\nr2,1800-01-01,7,\n"),
        "invalid survey file: line 2.q: score outside the scale `11 - Too likely` (accepted: a whole number from 0 to 10); \
         line 3: more fields than the header has columns `4`; line 3.date: date outside 1900-01-01 to 2199-12-31 `1800-01-01`"
    );
    assert_eq!(error("id,day,q\n"), "invalid survey file: records: nothing given");
    let commented = base().question(nps().comment("why")).build().unwrap();
    let long = "é".repeat(Response::MAX_COMMENT_CHARS + 1);
    assert_eq!(
        CsvImport::new()
            .with_mapping(&commented)
            .strict(format!("id,day,q,why\nr1,2026-03-02,9,{long}\n").as_bytes())
            .unwrap_err()
            .to_string(),
        format!(
            "invalid survey file: line 2.why: comment longer than 10000 characters `{}…`",
            "é".repeat(64)
        )
    );
    assert_eq!(
        base().question(nps().comment("day")).build().unwrap_err().to_string(),
        "invalid survey mapping: questions[0].comment: column mapped twice `day`"
    );
    assert_eq!(error("id,day\nr1,2026-03-02\n"), "invalid survey file: line 1.q: missing column `q`");
    let two = SurveyMapping::builder()
        .header_row(3)
        .respondent("id")
        .date("day", "%Y-%m-%d")
        .question(nps())
        .build()
        .unwrap();
    assert_eq!(
        CsvImport::new().with_mapping(&two).strict("title\n\n".as_bytes()).unwrap_err().to_string(),
        "invalid survey file: line 3: nothing given"
    );
}
