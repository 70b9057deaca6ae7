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
