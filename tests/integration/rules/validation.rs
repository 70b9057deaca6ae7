#![cfg(feature = "serde")]
//! Every rule-set validation rule, through the builder and through documents.

use service_standards::prelude::*;

fn valid() -> RuleBuilder {
    valid_with_id("answer-chat")
}

fn valid_with_id(id: &str) -> RuleBuilder {
    Rule::builder(id)
        .when(Condition::builder().channels([Channel::Chat]))
        .kind(StandardKind::Procedure)
        .dimension(QualityDimension::Responsiveness)
        .statement("Answer every chat {target}")
        .targets(
            LevelTargets::new()
                .at(ServiceLevel::Basic, Target::within_secs(120))
                .at(ServiceLevel::Expected, Target::within_secs(60))
                .at(ServiceLevel::Exclusive, Target::within_secs(20)),
        )
}

fn violations(rule: RuleBuilder) -> Vec<(String, Problem, Option<String>)> {
    let err = RuleSet::builder().rule(rule).build().unwrap_err();
    assert_eq!(err.entity(), Entity::RuleSet, "{err:?}");
    assert!(!err.violations().is_empty(), "{err:?}");
    err.violations()
        .iter()
        .map(|v| (v.path().to_owned(), *v.problem(), v.value().map(str::to_owned)))
        .collect()
}

fn one(path: &str, problem: Problem, value: Option<&str>) -> Vec<(String, Problem, Option<String>)> {
    vec![(path.to_owned(), problem, value.map(str::to_owned))]
}

#[test]
fn a_valid_rule_builds() {
    let set = RuleSet::builder().rule(valid()).build().unwrap();
    assert_eq!(set.len(), 1);
    assert_eq!(
        set.rule("answer-chat").unwrap().template().targets().get(ServiceLevel::Expected),
        Some(Target::within_secs(60))
    );
}

#[test]
fn invalid_id() {
    let rule = valid_with_id("Answer Chat");
    assert_eq!(
        violations(rule),
        one("rules/Answer Chat", Problem::InvalidId(IdProblem::Character('A')), Some("Answer Chat"))
    );
}

#[test]
fn duplicate_rule_id() {
    let err = RuleSet::builder().rule(valid()).rule(valid()).build().unwrap_err();
    assert_eq!(err.to_string(), "invalid rule set: rules/answer-chat: duplicate id `answer-chat`");
}

#[test]
fn missing_fields() {
    let rule = Rule::builder("bare")
        .when(Condition::builder().channels([Channel::Chat]))
        .targets(LevelTargets::same(Target::Always));
    let found = violations(rule);
    assert_eq!(
        found,
        vec![
            ("rules/bare.kind".to_owned(), Problem::MissingField, None),
            ("rules/bare.dimension".to_owned(), Problem::MissingField, None),
            ("rules/bare.statement".to_owned(), Problem::MissingField, None),
        ]
    );
}

#[test]
fn unknown_placeholder() {
    assert_eq!(
        violations(valid().statement("Answer {guest} {target}")),
        one("rules/answer-chat.statement", Problem::UnknownPlaceholder, Some("{guest}"))
    );
}

#[test]
fn unbalanced_brace() {
    assert_eq!(
        violations(valid().statement("Answer {target")),
        one("rules/answer-chat.statement", Problem::UnbalancedBrace, Some("{target"))
    );
}

#[test]
fn blank_statement() {
    assert_eq!(
        violations(valid().statement("  ")),
        one("rules/answer-chat.statement", Problem::EmptyText, Some("  "))
    );
}

#[test]
fn empty_condition() {
    assert_eq!(
        violations(valid().when(Condition::builder())),
        one("rules/answer-chat.when", Problem::EmptyCondition, None)
    );
    // A level alone tests nothing either.
    assert_eq!(
        violations(valid().when(Condition::builder().from_level(ServiceLevel::Basic))),
        one("rules/answer-chat.when", Problem::EmptyCondition, None)
    );
}

#[test]
fn condition_that_can_never_match() {
    let when = Condition::builder()
        .channels([Channel::Email, Channel::Letter])
        .capabilities([Capability::StaffHeard]);
    assert_eq!(
        violations(valid().when(when)),
        one(
            "rules/answer-chat.when",
            Problem::NeverMatches,
            Some("no channel has staff-heard among email, letter")
        )
    );
    let impossible = Condition::builder().capabilities([Capability::StaffSeen, Capability::Written]);
    assert_eq!(
        violations(valid().when(impossible)),
        one(
            "rules/answer-chat.when",
            Problem::NeverMatches,
            Some("no channel has staff-seen and written among ")
        )
    );
}

#[test]
fn missing_target_where_the_rule_applies() {
    let targets = LevelTargets::new()
        .at(ServiceLevel::Basic, Target::within_secs(60))
        .at(ServiceLevel::Exclusive, Target::within_secs(20));
    assert_eq!(
        violations(valid().targets(targets)),
        one("rules/answer-chat.targets.expected", Problem::MissingTarget, None)
    );
    // From the exclusive level up, only the exclusive target is needed.
    let exclusive_only = valid()
        .when(Condition::builder().channels([Channel::Chat]).from_level(ServiceLevel::Exclusive))
        .targets(LevelTargets::new().at(ServiceLevel::Exclusive, Target::within_secs(20)));
    assert_eq!(RuleSet::builder().rule(exclusive_only).build().unwrap().len(), 1);
}

#[test]
fn target_that_loosens() {
    let targets = LevelTargets::new()
        .at(ServiceLevel::Basic, Target::within_secs(60))
        .at(ServiceLevel::Expected, Target::within_secs(90))
        .at(ServiceLevel::Exclusive, Target::WithinRings(2));
    assert_eq!(
        violations(valid().targets(targets)),
        vec![
            (
                "rules/answer-chat.targets.expected".to_owned(),
                Problem::TargetLoosens,
                Some("within 1 minute 30 seconds".to_owned())
            ),
            (
                "rules/answer-chat.targets.exclusive".to_owned(),
                Problem::TargetLoosens,
                Some("within 2 rings".to_owned())
            ),
        ]
    );
}

#[test]
fn target_out_of_range() {
    assert_eq!(
        violations(
            valid()
                .targets(LevelTargets::same(Target::Share(100)).at(ServiceLevel::Basic, Target::Share(120)))
        ),
        one("rules/answer-chat.targets.basic", Problem::TargetOutOfRange, Some("in at least 120 % of cases"))
    );
    assert_eq!(
        violations(valid().targets(LevelTargets::same(Target::WithinRings(0)))),
        ["basic", "expected", "exclusive"]
            .map(|l| (
                format!("rules/answer-chat.targets.{l}"),
                Problem::TargetOutOfRange,
                Some("within 0 rings".to_owned())
            ))
            .to_vec()
    );
}

#[test]
fn every_problem_of_every_rule_is_reported_at_once() {
    let err = RuleSet::builder()
        .rule(valid().statement("{nope}"))
        .rule(Rule::builder("Bad"))
        .rule(valid())
        .rule(valid())
        .build()
        .unwrap_err();
    let found: Vec<String> = err.violations().iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "rules/answer-chat.statement: unknown placeholder `{nope}`",
            "rules/Bad: invalid id (character 'B' is not one of a-z, 0-9, '-') `Bad`",
            "rules/Bad.kind: missing field",
            "rules/Bad.dimension: missing field",
            "rules/Bad.statement: missing field",
            "rules/Bad.when: condition tests nothing",
            "rules/Bad.targets.basic: no target at a level where the rule applies",
            "rules/Bad.targets.expected: no target at a level where the rule applies",
            "rules/Bad.targets.exclusive: no target at a level where the rule applies",
            "rules/answer-chat: duplicate id `answer-chat`",
            "rules/answer-chat: duplicate id `answer-chat`",
        ]
    );
}

const TOML_RULES: &str = r#"
format_version = 1

[[rules]]
id = "answer-chat"
kind = "procedure"
dimension = "responsiveness"
statement = "Answer every chat {target}"
when = { channels = ["chat"] }
targets = { basic = { within = "2m" }, expected = { within = "1m" }, exclusive = { within = "20s" } }
"#;

#[test]
fn rule_sets_load_from_toml_and_json_with_the_same_checks() {
    let from_toml: RuleSet = toml::from_str(TOML_RULES).unwrap();
    let built = RuleSet::builder().rule(valid()).build().unwrap();
    assert_eq!(from_toml, built);
    let json = serde_json::to_string(&built).unwrap();
    assert_eq!(serde_json::from_str::<RuleSet>(&json).unwrap(), built);
    let back = toml::to_string(&built).unwrap();
    assert_eq!(toml::from_str::<RuleSet>(&back).unwrap(), built);

    let broken = TOML_RULES
        .replace("{target}", "{when}")
        .replace("\"2m\"", "\"20s\"")
        .replace("\"20s\" }, expected", "\"5s\" }, expected");
    let err = toml::from_str::<RuleSet>(&broken).unwrap_err().to_string();
    assert!(err.contains("invalid rule set: rules/answer-chat.statement: unknown placeholder `{when}`; rules/answer-chat.targets.expected: target is not at least as strict as at the level below `within 1 minute`"), "{err}");
}

#[test]
fn rule_documents_reject_unknown_fields_values_and_versions() {
    let unknown_field = TOML_RULES.replace("kind =", "colour = \"red\"\nkind =");
    assert!(
        toml::from_str::<RuleSet>(&unknown_field).unwrap_err().to_string().contains("unknown field `colour`")
    );
    let unknown_value = TOML_RULES.replace("\"chat\"", "\"pigeon\"");
    assert!(
        toml::from_str::<RuleSet>(&unknown_value)
            .unwrap_err()
            .to_string()
            .contains("unknown channel `pigeon`")
    );
    let future = TOML_RULES.replace("format_version = 1", "format_version = 9");
    assert!(
        toml::from_str::<RuleSet>(&future)
            .unwrap_err()
            .to_string()
            .contains("unsupported rule set format version 9, this release reads version 1")
    );
    let bad_duration = TOML_RULES.replace("\"2m\"", "\"soon\"");
    assert!(
        toml::from_str::<RuleSet>(&bad_duration)
            .unwrap_err()
            .to_string()
            .contains("invalid duration `soon`, expected e.g. 20s, 5m, 24h or 1h 30m")
    );
}

/// Overrides anywhere in a large set, mixed with new rules, each replace
/// their own rule and nothing else.
#[test]
fn merge_overrides_each_rule_named_among_many() {
    let base = RuleSet::catalogue();
    let overridden: Vec<String> = base.rules().step_by(5).map(|r| r.id().to_string()).collect();
    let overrides = overridden
        .iter()
        .map(|id| base.rule(id).unwrap().to_builder().concern(format!("overridden-{id}")).overriding());
    let new = (0..20).map(|n| valid_with_id(&format!("new-{n:02}")));
    let mine = overrides.chain(new).fold(RuleSet::builder(), |b, r| b.rule(r)).build().unwrap();
    let merged = base.merge(&mine).unwrap();
    assert_eq!(merged.len(), base.len() + 20);
    for rule in base.rules() {
        let now = merged.rule(rule.id().as_str()).unwrap();
        let want = if overridden.contains(&rule.id().to_string()) {
            format!("overridden-{}", rule.id())
        } else {
            rule.concern().to_string()
        };
        assert_eq!((rule.id().as_str(), now.concern().to_string()), (rule.id().as_str(), want));
    }
    assert_eq!(merged.rules().filter(|r| r.id().as_str().starts_with("new-")).count(), 20);
}

#[test]
fn merge_needs_explicit_overrides() {
    let base = RuleSet::builder().rule(valid()).build().unwrap();
    let clash = RuleSet::builder().rule(valid()).build().unwrap();
    assert_eq!(
        base.merge(&clash).unwrap_err().to_string(),
        "invalid rule set merge: rules/answer-chat: rule id already in the set (use an explicit override) `answer-chat`"
    );
    let stray = RuleSet::builder().rule(valid_with_id("other").overriding()).build().unwrap();
    assert_eq!(
        base.merge(&stray).unwrap_err().to_string(),
        "invalid rule set merge: rules/other: override of a rule that is not in the set `other`"
    );
    let faster = RuleSet::builder()
        .rule(valid().target(ServiceLevel::Exclusive, Target::within_secs(10)).overriding())
        .build()
        .unwrap();
    let merged = base.merge(&faster).unwrap();
    assert_eq!(merged.len(), 1);
    assert_eq!(
        merged.rule("answer-chat").unwrap().template().targets().get(ServiceLevel::Exclusive),
        Some(Target::within_secs(10))
    );
}

#[test]
fn factors_in_a_document_are_kept_in_one_order() {
    let doc = TOML_RULES.replace(
        "when = { channels = [\"chat\"] }",
        "when = { channels = [\"chat\"], factors = [{ risk = \"high\" }, { capacity = \"queues\" }, { risk = \"high\" }] }",
    );
    let rules: RuleSet = toml::from_str(&doc).unwrap();
    let built = RuleSet::builder()
        .rule(
            valid().when(
                Condition::builder()
                    .channels([Channel::Chat])
                    .factors([Factor::CapacityControl(CapacityControl::Queues), Factor::Risk(Risk::High)]),
            ),
        )
        .build()
        .unwrap();
    assert_eq!(rules, built);
    assert_eq!(
        rules.rule("answer-chat").unwrap().condition().factors(),
        [Factor::CapacityControl(CapacityControl::Queues), Factor::Risk(Risk::High)]
    );
}

#[test]
fn documents_name_the_minimum_level_only_when_it_is_not_basic() {
    let basic = serde_json::to_string(&RuleSet::builder().rule(valid()).build().unwrap()).unwrap();
    assert!(!basic.contains("min_level"), "{basic}");
    let later = valid()
        .when(Condition::builder().channels([Channel::Chat]).from_level(ServiceLevel::Expected))
        .targets(
            LevelTargets::new()
                .at(ServiceLevel::Expected, Target::within_secs(60))
                .at(ServiceLevel::Exclusive, Target::within_secs(20)),
        );
    let json = serde_json::to_string(&RuleSet::builder().rule(later).build().unwrap()).unwrap();
    assert!(json.contains(r#""min_level":"expected""#), "{json}");
}

#[test]
fn overriding_is_kept_by_the_rule_and_written_only_when_set() {
    let plain = RuleSet::builder().rule(valid()).build().unwrap();
    assert!(!plain.rule("answer-chat").unwrap().is_overriding());
    assert!(!serde_json::to_string(&plain).unwrap().contains("overrides"));
    let overriding = RuleSet::builder().rule(valid().overriding()).build().unwrap();
    assert!(overriding.rule("answer-chat").unwrap().is_overriding());
    assert!(serde_json::to_string(&overriding).unwrap().contains(r#""overrides":true"#));
}

#[test]
fn a_rule_builds_on_its_own_with_the_same_checks() {
    let rule = valid().build().unwrap();
    assert_eq!(&rule, RuleSet::builder().rule(valid()).build().unwrap().rule("answer-chat").unwrap());
    let err = valid().statement("{nope}").build().unwrap_err();
    assert_eq!(err.to_string(), "invalid rule: rules/answer-chat.statement: unknown placeholder `{nope}`");
    // A rule whose parts are all there but whose condition or targets are
    // wrong is still refused.
    let err = valid().when(Condition::builder()).build().unwrap_err();
    assert_eq!(err.to_string(), "invalid rule: rules/answer-chat.when: condition tests nothing");
    let err = valid().target(ServiceLevel::Exclusive, Target::within_secs(61)).build().unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid rule: rules/answer-chat.targets.exclusive: target is not at least as strict as at the level below `within 1 minute 1 second`"
    );
    let err = Rule::builder("Bad").build().unwrap_err();
    assert_eq!(
        err.violations()[0].to_string(),
        "rules/Bad: invalid id (character 'B' is not one of a-z, 0-9, '-') `Bad`"
    );
}

#[test]
fn rule_sets_are_equal_only_with_the_same_rules() {
    let empty = RuleSet::builder().build().unwrap();
    assert!(empty.is_empty());
    assert_eq!(empty, RuleSet::default());
    let one = RuleSet::builder().rule(valid()).build().unwrap();
    assert!(!one.is_empty());
    assert_ne!(one, empty);
    let other = RuleSet::builder()
        .rule(valid().target(ServiceLevel::Exclusive, Target::within_secs(10)))
        .build()
        .unwrap();
    assert_ne!(one, other);
    assert_eq!(one, RuleSet::builder().rule(valid()).build().unwrap());
    assert!(!RuleSet::catalogue().is_empty());
}

/// Issue 12, defect 1: a target below the rule's minimum level was kept
/// unchecked, written out, and could not be read back.
#[test]
fn a_target_below_the_rules_level_is_checked_too() {
    let rule = Rule::builder("r")
        .when(Condition::builder().channels([Channel::Telephone]).from_level(ServiceLevel::Exclusive))
        .kind(StandardKind::Procedure)
        .dimension(QualityDimension::Responsiveness)
        .statement("Answer {target}")
        .target(ServiceLevel::Basic, Target::within_hours(879_100_128))
        .target(ServiceLevel::Exclusive, Target::within_secs(20));
    let err = RuleSet::builder().rule(rule.clone()).build().unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid rule set: rules/r.targets.basic: target out of range `within 36629172 days`"
    );
    // An in-range target below the level is kept, and reads back.
    let kept = rule.target(ServiceLevel::Basic, Target::within_hours(24));
    let set = RuleSet::builder().rule(kept).build().unwrap();
    let json: RuleSet = serde_json::from_str(&serde_json::to_string(&set).unwrap()).unwrap();
    let toml: RuleSet = toml::from_str(&toml::to_string(&set).unwrap()).unwrap();
    assert_eq!(json, set);
    assert_eq!(toml, set);
}
