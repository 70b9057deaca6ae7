//! A standard set's queries, coverage, and equality, exactly, on a small shop
//! with its own rules (so the answers can be checked by hand).

use service_standards::prelude::*;

/// Two sequences: a visit (greeting face to face; questions by telephone
/// and e-mail, with a call-back) and payment (an invoice by e-mail or letter).
fn shop(question: &str) -> ServiceModel {
    ServiceModel::builder("Shop")
        .departments([
            Department::new("desk", "Desk").unwrap(),
            Department::new("billing", "Billing").unwrap(),
        ])
        .sequence(
            Sequence::builder("visit", "Visit")
                .phase(
                    Phase::builder("enter", "Enter").channels([Channel::FaceToFace]).step(
                        Step::builder("greet", "Greet")
                            .moment(MomentKind::Welcome)
                            .department("desk")
                            .characteristics([Characteristic::Friendly]),
                    ),
                )
                .phase(
                    Phase::builder("ask", "Ask")
                        .channels([Channel::Telephone, Channel::Email])
                        .step(
                            Step::builder("question", question)
                                .moment(MomentKind::Information)
                                .department("desk")
                                .characteristics([Characteristic::Clear]),
                        )
                        .step(
                            Step::builder("call-back", "Call back")
                                .moment(MomentKind::FollowUp)
                                .channels([Channel::Telephone]),
                        ),
                ),
        )
        .sequence(Sequence::builder("pay", "Pay").phase(
            Phase::builder("invoice", "Invoice").channels([Channel::Email, Channel::Letter]).step(
                Step::builder("send", "Send the invoice").moment(MomentKind::Billing).department("billing"),
            ),
        ))
        .build()
        .unwrap()
}

fn rule(id: &str, kind: StandardKind, statement: &str, when: ConditionBuilder) -> RuleBuilder {
    Rule::builder(id)
        .when(when)
        .kind(kind)
        .dimension(QualityDimension::Communication)
        .statement(statement)
        .targets(LevelTargets::same(Target::Always))
}

fn rules() -> RuleSet {
    use StandardKind::{PersonalContact, Procedure};
    RuleSet::builder()
        .rule(rule(
            "smile",
            PersonalContact,
            "Smile at {step}",
            Condition::builder().capabilities([Capability::StaffSeen]),
        ))
        .rule(
            rule(
                "answer",
                Procedure,
                "Answer on {channel} {target}",
                Condition::builder().channels([Channel::Telephone]),
            )
            .targets(
                LevelTargets::new()
                    .at(ServiceLevel::Basic, Target::WithinRings(5))
                    .at(ServiceLevel::Expected, Target::WithinRings(3))
                    .at(ServiceLevel::Exclusive, Target::WithinRings(2)),
            ),
        )
        .rule(rule(
            "reply",
            Procedure,
            "Reply by {channel}",
            Condition::builder().channels([Channel::Email]).moments([MomentKind::Information]),
        ))
        .rule(
            rule(
                "thank",
                PersonalContact,
                "{department} thanks the customer",
                Condition::builder().moments([MomentKind::Billing]).from_level(ServiceLevel::Expected),
            )
            .targets(
                LevelTargets::new()
                    .at(ServiceLevel::Expected, Target::Always)
                    .at(ServiceLevel::Exclusive, Target::Always),
            ),
        )
        .rule(rule(
            "explain",
            PersonalContact,
            "Explain clearly on {channel}",
            Condition::builder().characteristics([Characteristic::Clear]),
        ))
        .build()
        .unwrap()
}

fn ids<'a>(standards: impl Iterator<Item = &'a Standard>) -> Vec<String> {
    standards.map(|s| s.id().to_string()).collect()
}

const SMILE: &str = "smile@visit/enter/greet";
const ANSWER: &str = "answer@visit/ask/question";
const EXPLAIN: &str = "explain@visit/ask/question";
const REPLY: &str = "reply@visit/ask/question";
const CALL_BACK: &str = "answer@visit/ask/call-back";
const THANK: &str = "thank@pay/invoice/send";

#[test]
fn the_shop_derives_what_its_rules_say_in_model_order() {
    let set = rules().derive(&shop("Customer asks"), ServiceLevel::Expected);
    assert_eq!(ids(set.iter()), [SMILE, ANSWER, EXPLAIN, REPLY, CALL_BACK, THANK]);
    assert_eq!(set.len(), 6);
    assert!(!set.is_empty());
    assert_eq!(set.level(), ServiceLevel::Expected);
    for level in [ServiceLevel::Basic, ServiceLevel::Exclusive] {
        let at = rules().derive(&shop("Customer asks"), level);
        assert_eq!(at.level(), level);
        let derived_at: Vec<ServiceLevel> = at.iter().map(Standard::derived_at).collect();
        assert_eq!(derived_at, vec![level; at.len()]);
        assert!(!at.is_empty());
    }
    let statements: Vec<String> = set.iter().map(Standard::statement).collect();
    assert_eq!(
        statements,
        [
            "Smile at Greet",
            "Answer on telephone within 3 rings",
            "Explain clearly on telephone, e-mail",
            "Reply by e-mail",
            "Answer on telephone within 3 rings",
            "Billing thanks the customer",
        ]
    );
    let thank = set.get(&THANK.parse().unwrap()).unwrap();
    assert_eq!(thank.min_level(), ServiceLevel::Expected);
    assert_eq!(thank.derived_at(), ServiceLevel::Expected);
    let smile = set.get(&SMILE.parse().unwrap()).unwrap();
    assert_eq!((smile.min_level(), smile.derived_at()), (ServiceLevel::Basic, ServiceLevel::Expected));
    assert_eq!(smile.provenance().to_string(), "capability staff-seen");
}

#[test]
fn queries_select_exactly_their_standards() {
    let set = rules().derive(&shop("Customer asks"), ServiceLevel::Expected);
    assert_eq!(ids(set.in_sequence("visit")), [SMILE, ANSWER, EXPLAIN, REPLY, CALL_BACK]);
    assert_eq!(ids(set.in_sequence("pay")), [THANK]);
    assert_eq!(ids(set.in_sequence("stay")), Vec::<String>::new());
    assert_eq!(ids(set.in_phase("visit", "ask")), [ANSWER, EXPLAIN, REPLY, CALL_BACK]);
    assert_eq!(ids(set.in_phase("pay", "invoice")), [THANK]);
    // The sequence and the phase must both match.
    assert_eq!(ids(set.in_phase("visit", "invoice")), Vec::<String>::new());
    assert_eq!(ids(set.in_phase("pay", "ask")), Vec::<String>::new());
    assert_eq!(ids(set.at_step(&"visit/ask/question".parse().unwrap())), [ANSWER, EXPLAIN, REPLY]);
    assert_eq!(ids(set.at_step(&"visit/ask/call-back".parse().unwrap())), [CALL_BACK]);
    assert_eq!(ids(set.for_department("desk")), [SMILE, ANSWER, EXPLAIN, REPLY]);
    assert_eq!(ids(set.for_department("billing")), [THANK]);
    assert_eq!(ids(set.of_kind(StandardKind::Procedure)), [ANSWER, REPLY, CALL_BACK]);
    assert_eq!(ids(set.of_kind(StandardKind::PersonalContact)), [SMILE, EXPLAIN, THANK]);
    assert_eq!(ids(set.of_kind(StandardKind::Product)), Vec::<String>::new());
    assert_eq!(ids(set.at_level(ServiceLevel::Basic)), [SMILE, ANSWER, EXPLAIN, REPLY, CALL_BACK]);
    assert_eq!(ids(set.at_level(ServiceLevel::Expected)), [THANK]);
    assert_eq!(ids(set.on_channel(Channel::Telephone)), [ANSWER, EXPLAIN, CALL_BACK]);
    assert_eq!(ids(set.on_channel(Channel::Email)), [EXPLAIN, REPLY, THANK]);
    assert_eq!(ids(set.on_channel(Channel::Chat)), Vec::<String>::new());
}

#[test]
fn coverage_counts_every_phase_channel_pair_and_lists_each_hole() {
    let model = shop("Customer asks");
    let coverage = rules().derive(&model, ServiceLevel::Expected).coverage(&model);
    // enter × face to face; ask × telephone, e-mail; invoice × e-mail, letter.
    assert_eq!(coverage.checked(), 5);
    let holes: Vec<String> = coverage.holes().iter().map(ToString::to_string).collect();
    assert_eq!(
        holes,
        [
            "visit/enter on face-to-face: no technical standard",
            "pay/invoice on email: no technical standard",
            "pay/invoice on letter: no technical standard",
        ]
    );
    // At the basic level the thanks are not derived: the invoice lacks both aspects.
    let basic = rules().derive(&model, ServiceLevel::Basic).coverage(&model);
    let holes: Vec<String> = basic.holes().iter().map(ToString::to_string).collect();
    assert_eq!(
        holes,
        [
            "visit/enter on face-to-face: no technical standard",
            "pay/invoice on email: no technical standard",
            "pay/invoice on email: no functional standard",
            "pay/invoice on letter: no technical standard",
            "pay/invoice on letter: no functional standard",
        ]
    );
}

/// A department's policy covers the steps that call for it, on their
/// channels; a business-wide policy covers no phase in particular.
#[test]
fn a_department_policy_covers_its_steps_and_a_business_policy_none() {
    let model = shop("Customer asks");
    let tidy = |scope: PolicyScope| {
        rule(
            "tidy-desk",
            StandardKind::Product,
            "Keep the desk tidy",
            Condition::builder().moments([MomentKind::Welcome]).channels([Channel::FaceToFace]),
        )
        .policy(scope)
    };
    let holes = |scope: PolicyScope| -> Vec<String> {
        let set = rules().merge(&RuleSet::builder().rule(tidy(scope)).build().unwrap()).unwrap();
        let set = set.derive(&model, ServiceLevel::Expected);
        assert_eq!(set.policies().len(), 1, "{scope:?}");
        set.coverage(&model).holes().iter().map(ToString::to_string).collect()
    };
    assert_eq!(
        holes(PolicyScope::Department),
        ["pay/invoice on email: no technical standard", "pay/invoice on letter: no technical standard"]
    );
    assert_eq!(
        holes(PolicyScope::Business),
        [
            "visit/enter on face-to-face: no technical standard",
            "pay/invoice on email: no technical standard",
            "pay/invoice on letter: no technical standard",
        ]
    );
}

#[test]
fn standards_are_equal_only_when_everything_they_say_is() {
    let model = shop("Customer asks");
    let set = rules().derive(&model, ServiceLevel::Expected);
    // Derived again, from equal inputs: equal, though nothing is shared.
    let again = rules().derive(&shop("Customer asks"), ServiceLevel::Expected);
    assert_eq!(set, again);
    // Two rules alike in everything but their id give unequal standards.
    let twin = RuleSet::builder()
        .rule(rule(
            "smile",
            StandardKind::PersonalContact,
            "Smile",
            Condition::builder().capabilities([Capability::StaffSeen]),
        ))
        .rule(rule(
            "grin",
            StandardKind::PersonalContact,
            "Smile",
            Condition::builder().capabilities([Capability::StaffSeen]),
        ))
        .build()
        .unwrap()
        .derive(&model, ServiceLevel::Expected);
    let (grin, smile) = (twin.iter().next().unwrap(), twin.iter().nth(1).unwrap());
    assert_eq!((grin.rule().as_str(), smile.rule().as_str()), ("grin", "smile"));
    assert_eq!(grin.statement(), smile.statement());
    assert_ne!(grin, smile);
    // The same rule at a step whose name differs: the statement differs.
    let rules = rules();
    let renamed = rules.derive(&shop("Customer phones or writes"), ServiceLevel::Expected);
    let before = rules.derive(&model, ServiceLevel::Expected);
    let smile = SMILE.parse().unwrap();
    assert_eq!(before.get(&smile), renamed.get(&smile));
    let greet_named = |name: &str| {
        let model = ServiceModel::builder("Shop")
            .sequence(
                Sequence::builder("visit", "Visit").phase(
                    Phase::builder("enter", "Enter")
                        .channels([Channel::FaceToFace])
                        .step(Step::builder("greet", name).moment(MomentKind::Welcome)),
                ),
            )
            .build()
            .unwrap();
        rules.derive(&model, ServiceLevel::Expected)
    };
    let (hello, welcome) = (greet_named("Hello"), greet_named("Welcome"));
    assert_eq!(hello.get(&smile).unwrap().statement(), "Smile at Hello");
    assert_ne!(hello.get(&smile), welcome.get(&smile));
    assert_ne!(hello, welcome);
}

/// Equality compares what a statement shows, not where its words come from:
/// two businesses whose word for the customer is the same say the same.
#[test]
fn standards_of_industries_sharing_a_word_are_equal() {
    let greet = RuleSet::builder()
        .rule(rule(
            "greet",
            StandardKind::PersonalContact,
            "Greet the {customer} in {company}",
            Condition::builder().capabilities([Capability::StaffSeen]),
        ))
        .build()
        .unwrap();
    let derived = |industry: Industry, company: &str| {
        let model = ServiceModel::builder(company)
            .industry(industry)
            .sequence(
                Sequence::builder("visit", "Visit").phase(
                    Phase::builder("enter", "Enter")
                        .channels([Channel::FaceToFace])
                        .step(Step::builder("greet", "Greet").moment(MomentKind::Welcome)),
                ),
            )
            .build()
            .unwrap();
        greet.derive(&model, ServiceLevel::Expected)
    };
    let general = derived(Industry::General, "Corner");
    assert_eq!(general.iter().next().unwrap().statement(), "Greet the customer in Corner");
    // The shop's own rules land there too; the greeting is the general one.
    let greeting =
        |set: &StandardSet| set.iter().filter(|s| s.rule().as_str() == "greet").cloned().collect::<Vec<_>>();
    assert_eq!(greeting(&derived(Industry::Shop, "Corner")), greeting(&general));
    assert_ne!(derived(Industry::Hotel, "Corner"), general);
    assert_ne!(derived(Industry::General, "Aurora"), general);
}

#[test]
fn sets_are_equal_only_at_the_same_level() {
    let model = shop("Customer asks");
    let nothing = RuleSet::builder()
        .rule(rule(
            "fax",
            StandardKind::Procedure,
            "Answer faxes",
            Condition::builder().channels([Channel::Fax]),
        ))
        .build()
        .unwrap();
    let basic = nothing.derive(&model, ServiceLevel::Basic);
    let exclusive = nothing.derive(&model, ServiceLevel::Exclusive);
    assert!(basic.is_empty() && exclusive.is_empty());
    assert_eq!(basic.len(), 0);
    assert_ne!(basic, exclusive);
    assert_eq!(basic, nothing.derive(&model, ServiceLevel::Basic));
}

#[cfg(feature = "serde")]
#[test]
fn a_set_read_from_a_document_keeps_its_own_words_in_every_locale() {
    let model = shop("Customer asks");
    let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    let greet: StandardId = "greet-on-arrival@visit/enter/greet".parse().unwrap();
    let derived = set.get(&greet).unwrap();
    let english = derived.statement();
    let polish = Locale::Polish.statement(derived);
    assert_ne!(english, polish);
    // Read back, the standard has its rendered words in every language the
    // document carries: the same in English and in Polish.
    let read: StandardSet = serde_json::from_str(&serde_json::to_string(&set).unwrap()).unwrap();
    let read = read.get(&greet).unwrap();
    assert_eq!(Locale::Polish.statement(read), polish);
    assert_eq!(read.statement(), english);

    // So does every other standard, those whose catalogue wording has no
    // placeholder at all among them.
    let exclusive = RuleSet::catalogue().derive(&model, ServiceLevel::Exclusive);
    let read: StandardSet = serde_json::from_str(&serde_json::to_string(&exclusive).unwrap()).unwrap();
    let catalogue = RuleSet::catalogue();
    let words =
        |s: &Standard| catalogue.rule(s.id().rule().as_str()).unwrap().template().statement().to_string();
    assert!(exclusive.iter().any(|s| !words(s).contains('{')));
    for (standard, derived) in read.iter().zip(exclusive.iter()) {
        assert_eq!(
            Locale::Polish.statement(standard),
            Locale::Polish.statement(derived),
            "{}",
            standard.id()
        );
        assert_eq!(standard.statement(), derived.statement(), "{}", standard.id());
    }
}

#[test]
fn statements_show_their_source() {
    let statement = Statement::parse("Answer {{politely}} on {channel} {target}").unwrap();
    assert_eq!(statement.to_string(), "Answer {{politely}} on {channel} {target}");
    assert_eq!(format!("{statement:?}"), "\"Answer {{politely}} on {channel} {target}\"");
    // Doubled braces render as one, wherever they stand.
    let set = RuleSet::builder()
        .rule(rule(
            "braces",
            StandardKind::PersonalContact,
            "Say {{hello}} at {step}, {{twice}}",
            Condition::builder().moments([MomentKind::Welcome]),
        ))
        .build()
        .unwrap()
        .derive(&shop("Customer asks"), ServiceLevel::Basic);
    assert_eq!(set.iter().next().unwrap().statement(), "Say {hello} at Greet, {twice}");
}

/// The shop's set at the expected level with a policy (training, stated
/// for the business, called for by the greeting and the question), as a
/// document, and the policy's first standard id.
#[cfg(feature = "serde")]
fn document_with_a_policy() -> serde_json::Value {
    let training = rule(
        "train",
        StandardKind::Procedure,
        "Train the staff who greet and answer",
        Condition::builder().moments([MomentKind::Welcome, MomentKind::Information]),
    )
    .statement_in(Locale::Polish, "Szkol personel")
    .policy(PolicyScope::Business);
    let rules = rules().merge(&RuleSet::builder().rule(training).build().unwrap()).unwrap();
    let set = rules.derive(&shop("Customer asks"), ServiceLevel::Expected);
    let doc = serde_json::to_value(&set).unwrap();
    assert_eq!(doc["policies"][0]["standard"]["id"], "train@visit/enter/greet");
    assert_eq!(doc["policies"][0]["steps"], serde_json::json!(["visit/enter/greet", "visit/ask/question"]));
    assert_eq!(doc["standards"][0]["id"], SMILE);
    doc
}

/// The message of reading `doc` as a standard set.
#[cfg(feature = "serde")]
fn set_error(doc: serde_json::Value) -> String {
    serde_json::from_value::<StandardSet>(doc).unwrap_err().to_string()
}

/// Issue 24, item 2: a translation in a standard-set document was read
/// unchecked, so a line break put a heading of its own into the Polish
/// handbook, and an empty text, a bidirectional override or a bell reached
/// it too. Every translation of every standard and policy is checked now,
/// as the rule builder checks a rule's (fails before: each document loads).
#[cfg(feature = "serde")]
#[test]
fn every_translation_of_a_set_document_is_checked_as_the_builders_check_it() {
    let doc = document_with_a_policy();
    let cases = [
        ("Przywitaj gościa\n# Fałszywy rozdział", Problem::ForbiddenCharacter('\n')),
        ("", Problem::EmptyText),
        ("Przywitaj gościa \u{202E}", Problem::ForbiddenCharacter('\u{202E}')),
        ("Przywitaj gościa \u{7}", Problem::ForbiddenCharacter('\u{7}')),
        (" \u{200B}", Problem::EmptyText),
    ];
    for (text, problem) in cases {
        let mut standard = doc.clone();
        standard["standards"][0]["translations"]["polish"] = text.into();
        let at = format!("standards/{SMILE}.translations.polish");
        assert_eq!(
            set_error(standard),
            format!("invalid standard set: {}", Violation::new(at, problem, text)),
            "{text:?}"
        );
        let mut policy = doc.clone();
        policy["policies"][0]["standard"]["translations"]["polish"] = text.into();
        let at = "policies[0].standard.translations.polish";
        assert_eq!(
            set_error(policy),
            format!("invalid standard set: {}", Violation::new(at, problem, text)),
            "{text:?}"
        );
    }
    // The document as written still reads, its words unchanged.
    let read: StandardSet = serde_json::from_value(doc.clone()).unwrap();
    assert_eq!(serde_json::to_value(&read).unwrap(), doc);
}

/// Issue 24, item 10: an `english` translation was read, never shown (the
/// English text is the statement) and dropped when the set was written.
/// It is refused now (fails before: the document loads).
#[cfg(feature = "serde")]
#[test]
fn an_english_translation_in_a_set_document_is_refused() {
    let mut doc = document_with_a_policy();
    doc["standards"][0]["translations"]["english"] = "Smile at the door".into();
    doc["policies"][0]["standard"]["translations"]["english"] = "Train".into();
    let found = serde_json::from_value::<StandardSet>(doc).unwrap_err().to_string();
    assert_eq!(
        found,
        format!(
            "invalid standard set: {}; {}",
            Violation::new(
                format!("standards/{SMILE}.translations.english"),
                Problem::EnglishTranslation,
                "Smile at the door"
            ),
            Violation::new("policies[0].standard.translations.english", Problem::EnglishTranslation, "Train"),
        )
    );
}

/// Issue 24, item 7: a standard-set document whose policies contradict
/// themselves or the set was read as it stood (fails before: each loads).
#[cfg(feature = "serde")]
#[test]
fn a_set_document_whose_policies_contradict_it_is_refused() {
    let doc = document_with_a_policy();

    // One step listed twice.
    let mut twice = doc.clone();
    twice["policies"][0]["steps"].as_array_mut().unwrap().push("visit/enter/greet".into());
    assert_eq!(
        set_error(twice),
        "invalid standard set: policies[0].steps[2]: duplicate id `visit/enter/greet`"
    );

    // The same policy twice.
    let mut again = doc.clone();
    let policy = again["policies"][0].clone();
    again["policies"].as_array_mut().unwrap().push(policy);
    assert_eq!(
        set_error(again),
        "invalid standard set: policies[1].standard.id: duplicate id `train@visit/enter/greet`"
    );

    // A policy with the id of one of the set's standards.
    let mut clash = doc.clone();
    clash["policies"][0]["standard"]["id"] = SMILE.into();
    assert_eq!(
        set_error(clash),
        format!("invalid standard set: policies[0].standard.id: duplicate id `{SMILE}`")
    );

    // A policy of a rule that derives standards of the set (a rule is a
    // policy or not), at another step.
    let mut both = doc.clone();
    both["policies"][0]["standard"]["id"] = "smile@visit/ask/question".into();
    both["policies"][0]["steps"] = serde_json::json!(["visit/ask/question"]);
    assert_eq!(
        set_error(both),
        "invalid standard set: policies[0].standard.id: the rule of a policy derives standards of the set too `smile`"
    );

    // Two policies of one concern for the business: derivation keeps one.
    let mut rival = doc.clone();
    let mut other = rival["policies"][0].clone();
    other["standard"]["id"] = "coach@visit/ask/question".into();
    other["standard"]["concern"] = "train".into();
    other["steps"] = serde_json::json!(["visit/ask/question"]);
    rival["policies"].as_array_mut().unwrap().push(other);
    assert_eq!(
        set_error(rival),
        "invalid standard set: policies[1].standard.concern: another policy states this concern for the business `train`"
    );
}
