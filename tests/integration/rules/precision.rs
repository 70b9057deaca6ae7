//! What keeps derived standards ones a manager would post: a lint of the
//! catalogue (so a new rule cannot bring back a known kind of mistake), the
//! items of a real front-office check-in checklist stated as rules with their
//! measurable targets, and the bad input the new rule fields refuse.
#![cfg(feature = "serde")]

use std::time::Duration;

use service_standards::prelude::*;

/// The English statement without its placeholders.
fn words(rule: &Rule) -> String {
    let text = rule.template().statement().as_str();
    let mut out = String::new();
    let mut inside = false;
    for c in text.chars() {
        match c {
            '{' => inside = true,
            '}' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out.to_lowercase()
}

fn is_share(target: Target) -> bool {
    matches!(target, Target::Share(_) | Target::ShareWithin { .. })
}

#[test]
fn every_catalogue_rule_names_its_concern_and_speaks_polish() {
    for rule in RuleSet::catalogue().rules() {
        let polish = rule.template().statement_in(Locale::Polish);
        assert!(polish.is_some(), "{}: no Polish statement", rule.id());
        let placeholders = |s: &Statement| s.placeholders().collect::<EnumSet<Placeholder>>();
        assert_eq!(placeholders(polish.unwrap()), placeholders(rule.template().statement()), "{}", rule.id());
    }
    // The document a user copies rules from names every concern.
    let document = toml::to_string(&RuleSet::catalogue()).unwrap();
    assert_eq!(document.matches("\nconcern = ").count(), RuleSet::catalogue().len());
}

#[test]
fn reply_and_answer_rules_answer_only_contacts_the_customer_opens() {
    for rule in RuleSet::catalogue().rules() {
        let concern = rule.concern().as_str();
        if concern.starts_with("first-reply") || concern == "speed-of-answer" {
            let c = rule.condition();
            assert_eq!(c.started_by(), Some(Initiator::Customer), "{}", rule.id());
            assert!(c.opening_only(), "{}: would repeat on every step of one contact", rule.id());
        }
    }
}

#[test]
fn rules_about_the_organisation_are_policies() {
    let organisational = [
        "train",
        "certified staff",
        "account manager",
        "central desk",
        "intermediar",
        "contingency plan",
        "on the spot",
        "knowledge base",
        "forum posts",
        "online reservations",
    ];
    for rule in RuleSet::catalogue().rules() {
        let text = words(rule);
        let about_the_organisation =
            organisational.iter().any(|w| text.contains(w)) && !text.contains("start the contingency plan");
        assert!(
            !about_the_organisation || rule.policy().is_some(),
            "{}: a policy stated at steps: {text}",
            rule.id()
        );
    }
}

#[test]
fn statements_use_the_business_words_not_one_business_s() {
    // Nouns a hotel, a shop or a contact centre would each word differently
    // come from the business's words ({customer}, {order}), never spelt out.
    let foreign = [
        "customer",
        "guest",
        "caller",
        "booking",
        " order",
        "items",
        "delivery date",
        "re-order",
        "agreed questions",
    ];
    for rule in RuleSet::catalogue().rules() {
        let text = format!(" {}", words(rule));
        for word in foreign {
            assert!(!text.contains(word), "{}: says {word:?}: {text}", rule.id());
        }
    }
}

#[test]
fn no_statement_says_every_with_a_share_target() {
    for rule in RuleSet::catalogue().rules() {
        let shares = ServiceLevel::ALL.iter().filter_map(|l| rule.template().targets().get(*l)).any(is_share);
        if shares {
            let text = words(rule);
            for word in text.split(|c: char| !c.is_alphanumeric()) {
                assert!(
                    !["every", "each", "all"].contains(&word),
                    "{}: {word:?} with a share target: {text}",
                    rule.id()
                );
            }
        }
    }
}

#[test]
fn a_characteristic_with_two_meanings_is_split_by_moment() {
    // Safety of a payment and safety of premises: never both at one moment.
    let catalogue = RuleSet::catalogue();
    let moments = |id: &str| catalogue.rule(id).unwrap().condition().moments();
    assert!(moments("secure-payment").is_disjoint(moments("safe-premises")));
    assert!(!moments("safe-premises").contains(MomentKind::Payment));
    // Discretion about details overheard at a desk, and about details sent in writing.
    let channels = |id: &str| catalogue.rule(id).unwrap().condition().reachable_channels();
    assert!(channels("discreet-in-earshot").is_disjoint(channels("verify-recipient")));
    for rule in catalogue.rules() {
        let safe_or_discreet = rule.condition().characteristics().contains(Characteristic::Safe)
            || rule.condition().characteristics().contains(Characteristic::Discreet);
        if safe_or_discreet {
            let c = rule.condition();
            assert!(
                !c.moments().is_empty() || !c.channels().is_empty() || !c.capabilities().is_empty(),
                "{}: a two-meaning characteristic needs a moment or a channel",
                rule.id()
            );
        }
    }
}

/// The items of a real front-office check-in checklist, each stated as a
/// rule with its measurable target, derived on a front office, and shown.
#[test]
fn a_front_office_check_in_checklist_can_be_stated_item_by_item() {
    let checklist = r#"
format_version = 1

[[rules]]
id = "eye-contact-at-three-metres"
concern = "acknowledge-approach"
kind = "personal-contact"
dimension = "empathy"
statement = "Make eye contact with every approaching {customer} {target}"
when = { moments = ["welcome"], scope = { phases = ["check-in"] } }
targets = { basic = { from-distance = "6ft" }, expected = { from-distance = "3m" }, exclusive = { from-distance = "5m" } }

[[rules]]
id = "greet-within-thirty-seconds"
concern = "greeting-on-arrival"
kind = "personal-contact"
dimension = "responsiveness"
statement = "Greet every {customer} {target} of their reaching the desk"
when = { moments = ["welcome"], scope = { phases = ["check-in"] } }
targets = { basic = { within = "1m" }, expected = { within = "30s" }, exclusive = { within = "10s" } }

[[rules]]
id = "desk-around-the-clock"
concern = "desk-cover"
policy = "department"
kind = "procedure"
dimension = "convenience"
statement = "Keep the reception desk staffed {target}"
when = { scope = { departments = ["front-office"] } }
targets = { basic = { cover = "daily 06:00-24:00" }, expected = { cover = "24/7" }, exclusive = { cover = "24/7" } }

[[rules]]
id = "queue-at-most-five-minutes"
concern = "queue-time"
kind = "procedure"
dimension = "responsiveness"
statement = "Staff the desk to match expected arrivals, so that every {customer} in the queue is served {target}"
when = { moments = ["welcome"], scope = { phases = ["check-in"] } }
targets = { basic = { within = "10m" }, expected = { within = "5m" }, exclusive = { within = "3m" } }

[[rules]]
id = "check-in-in-five-minutes"
concern = "transaction-time"
kind = "procedure"
dimension = "responsiveness"
statement = "Complete the check-in {target}"
when = { moments = ["identification"], scope = { phases = ["check-in"] } }
targets = { basic = { within = "8m" }, expected = { within = "5m" }, exclusive = { within = "3m" } }

[[rules]]
id = "name-twice"
concern = "use-of-name"
kind = "personal-contact"
dimension = "empathy"
statement = "Use the {customer}'s name {target} during check-in"
when = { scope = { phases = ["check-in"], steps = ["greet"] } }
targets = { basic = { at-least = 1 }, expected = { at-least = 2 }, exclusive = { at-least = 3 } }

[[rules]]
id = "identity-and-card"
concern = "identity-check"
kind = "procedure"
dimension = "assurance"
statement = "Check an identity document and take a payment card for every {order}"
when = { moments = ["identification"], scope = { phases = ["check-in"] } }
targets = { basic = "always", expected = "always", exclusive = "always" }

[[rules]]
id = "upgrade-offer"
concern = "upselling"
kind = "personal-contact"
dimension = "empathy"
statement = "Offer an upgrade {target} when rooms are free"
when = { moments = ["information"], scope = { phases = ["check-in"] }, min_level = "expected" }
targets = { expected = { at-least = 1 }, exclusive = { at-least = 1 } }

[[rules]]
id = "settle-up-to"
concern = "empowerment"
policy = "department"
kind = "procedure"
dimension = "responsiveness"
statement = "Let receptionists settle a complaint at the desk, without asking a manager, {target}"
when = { scope = { departments = ["front-office"] } }
targets = { basic = { up-to = "50 EUR" }, expected = { up-to = "100 EUR" }, exclusive = { up-to = "250 EUR" } }
"#;
    let mine: RuleSet = toml::from_str(checklist).unwrap();
    let model = ServiceModel::builder("Hotel Aurora")
        .industry(Industry::Hotel)
        .departments([Department::new("front-office", "Front office").unwrap()])
        .sequence(
            Sequence::builder("stay", "Stay").phase(
                Phase::builder("check-in", "Check-in")
                    .channels([Channel::FaceToFace])
                    .step(
                        Step::builder("greet", "Guest approaches the desk")
                            .moment(MomentKind::Welcome)
                            .department("front-office"),
                    )
                    .step(
                        Step::builder("find-booking", "Receptionist finds the booking")
                            .moment(MomentKind::Identification)
                            .department("front-office"),
                    )
                    .step(
                        Step::builder("key", "Guest receives the key")
                            .moment(MomentKind::Information)
                            .department("front-office"),
                    ),
            ),
        )
        .build()
        .unwrap();
    assert!(mine.unknown_scopes(&model).is_empty());
    let set = RuleSet::catalogue().merge(&mine).unwrap().derive(&model, ServiceLevel::Expected);
    let stated = |id: &str| -> String {
        if let Some(s) = set.iter().find(|s| s.rule().as_str() == id) {
            return s.statement();
        }
        set.policies()
            .iter()
            .find(|p| p.standard().rule().as_str() == id)
            .map(Policy::statement)
            .unwrap_or_else(|| panic!("{id} not derived"))
    };
    assert_eq!(
        stated("eye-contact-at-three-metres"),
        "Make eye contact with every approaching guest from 3 metres away"
    );
    assert_eq!(
        stated("greet-within-thirty-seconds"),
        "Greet every guest within 30 seconds of their reaching the desk"
    );
    assert_eq!(stated("desk-around-the-clock"), "Keep the reception desk staffed around the clock");
    assert_eq!(
        stated("queue-at-most-five-minutes"),
        "Staff the desk to match expected arrivals, so that every guest in the queue is served within 5 minutes"
    );
    assert_eq!(stated("check-in-in-five-minutes"), "Complete the check-in within 5 minutes");
    assert_eq!(stated("name-twice"), "Use the guest's name at least twice during check-in");
    assert_eq!(
        stated("identity-and-card"),
        "Check an identity document and take a payment card for every booking"
    );
    assert_eq!(stated("upgrade-offer"), "Offer an upgrade at least once when rooms are free");
    assert_eq!(
        stated("settle-up-to"),
        "Let receptionists settle a complaint at the desk, without asking a manager, up to 100 EUR"
    );
    // The hotel's own scoped rules win over the catalogue's of the same concern.
    let greet: StepPath = "stay/check-in/greet".parse().unwrap();
    let kept: Vec<&str> = set
        .at_step(&greet)
        .filter(|s| s.concern().as_str() == "greeting-on-arrival")
        .map(|s| s.rule().as_str())
        .collect();
    assert_eq!(kept, ["greet-within-thirty-seconds"]);
    let lost = set.superseded().iter().find(|s| s.rule().as_str() == "greet-on-arrival").unwrap();
    assert_eq!(lost.reason(), Precedence::Scope);
    // And every target can be checked by an audit.
    let measured = [
        (
            "eye-contact-at-three-metres@stay/check-in/greet",
            Measurement::Distance(Distance::metres(4)),
            Verdict::Pass,
        ),
        (
            "queue-at-most-five-minutes@stay/check-in/greet",
            Measurement::Duration(Duration::from_secs(420)),
            Verdict::Fail,
        ),
        (
            "check-in-in-five-minutes@stay/check-in/find-booking",
            Measurement::Duration(Duration::from_secs(240)),
            Verdict::Pass,
        ),
        ("name-twice@stay/check-in/greet", Measurement::Count(1), Verdict::Fail),
    ];
    let audit = Audit::builder()
        .entries(measured.iter().map(|(id, m, _)| AuditEntry::new(*id).measured(*m)))
        .build()
        .unwrap();
    let report = audit.score(&Checklist::new(&set, &ChecklistFilter::new().with_policies()));
    for (id, _, verdict) in measured {
        let item = report.items().iter().find(|i| i.id().to_string() == id).unwrap();
        assert_eq!(item.outcome(), verdict, "{id}");
    }
}

fn rule_with(id: &str, target: Target) -> RuleBuilder {
    Rule::builder(id)
        .when(Condition::builder().moments([MomentKind::Waiting]))
        .kind(StandardKind::Procedure)
        .dimension(QualityDimension::Responsiveness)
        .statement("Keep the queue {target}")
        .targets(LevelTargets::same(target))
}

#[test]
fn bad_new_fields_are_each_named_and_reported_at_once() {
    let err = RuleSet::builder()
        .rule(rule_with("queue", Target::within_mins(5)).concern("Speed Of Answer"))
        .rule(
            Rule::builder("scoped")
                .when(Condition::builder().scope(Scope::new()))
                .kind(StandardKind::Procedure)
                .dimension(QualityDimension::Reliability)
                .statement("Do it")
                .targets(LevelTargets::same(Target::Always)),
        )
        .rule(rule_with(
            "reversed",
            Target::Between { min: Duration::from_secs(480), max: Duration::from_secs(300) },
        ))
        .rule(rule_with("zero", Target::FromDistance(Distance::from_millimetres(0))))
        .rule(rule_with("far", Target::FromDistance(Distance::metres(2000))))
        .build()
        .unwrap_err();
    let found: Vec<String> = err.violations().iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "rules/queue.concern: invalid id (character 'S' is not one of a-z, 0-9, '-') `Speed Of Answer`",
            "rules/scoped.when.scope: scope names nothing",
            "rules/reversed.targets.basic: target out of range `between 8 and 5 minutes`",
            "rules/reversed.targets.expected: target out of range `between 8 and 5 minutes`",
            "rules/reversed.targets.exclusive: target out of range `between 8 and 5 minutes`",
            "rules/zero.targets.basic: target out of range `from 0 metres away`",
            "rules/zero.targets.expected: target out of range `from 0 metres away`",
            "rules/zero.targets.exclusive: target out of range `from 0 metres away`",
            "rules/far.targets.basic: target out of range `from 2000 metres away`",
            "rules/far.targets.expected: target out of range `from 2000 metres away`",
            "rules/far.targets.exclusive: target out of range `from 2000 metres away`",
        ]
    );
}

#[test]
fn bad_targets_in_documents_name_the_value() {
    let read = |target: &str| {
        let doc = format!(
            "format_version = 1\n[[rules]]\nid = \"q\"\nkind = \"procedure\"\ndimension = \"reliability\"\nstatement = \"Keep it {{target}}\"\nwhen = {{ moments = [\"waiting\"] }}\ntargets = {{ basic = {target}, expected = {target}, exclusive = {target} }}\n"
        );
        toml::from_str::<RuleSet>(&doc).unwrap_err().message().to_owned()
    };
    // Each level's text is named at its rule and field (issue 24, item 5).
    let at_every_level = |field: &str, problem: &str, value: &str| {
        let each: Vec<String> = ["basic", "expected", "exclusive"]
            .iter()
            .map(|level| format!("rules/q.targets.{level}.{field}: {problem} `{value}`"))
            .collect();
        format!("invalid rule set: {}", each.join("; "))
    };
    let distance = "invalid distance (expected metres or feet above zero, e.g. 3m, 2.5m or 10ft)";
    assert_eq!(read(r#"{ from-distance = "-3m" }"#), at_every_level("from-distance", distance, "-3m"));
    assert_eq!(read(r#"{ from-distance = "0m" }"#), at_every_level("from-distance", distance, "0m"));
    assert_eq!(
        read(r#"{ cover = "mon-fri 20:00-08:00" }"#),
        at_every_level(
            "cover",
            "invalid cover (expected 24/7 or days and hours, e.g. mon-fri 08:00-20:00)",
            "mon-fri 20:00-08:00"
        )
    );
    assert_eq!(
        read(r#"{ within = "1.5s" }"#),
        at_every_level("within", "invalid duration (expected e.g. 20s, 5m, 24h or 1h 30m)", "1.5s")
    );
    assert_eq!(
        read(r#"{ up-to = "0 EUR" }"#),
        at_every_level(
            "up-to",
            "invalid amount (expected a whole amount and a currency code, e.g. 100 EUR)",
            "0 EUR"
        )
    );
}

#[test]
fn documents_written_before_concerns_still_load() {
    let old = r#"
format_version = 1
[[rules]]
id = "answer-phone"
kind = "procedure"
dimension = "responsiveness"
statement = "Answer every call {target}"
when = { channels = ["telephone"] }
targets = { basic = { within-rings = 5 }, expected = { within-rings = 3 }, exclusive = { within-rings = 2 } }
"#;
    let rules: RuleSet = toml::from_str(old).unwrap();
    let rule = rules.rule("answer-phone").unwrap();
    assert_eq!(rule.concern().as_str(), "answer-phone");
    assert_eq!(rule.policy(), None);
    assert_eq!(rule.condition().started_by(), None);
}

/// A scope whose ids the model all has but that never meet (a phase of
/// another sequence, a step of another department) derives nothing, and
/// `unknown_scopes` says so once, at the scope; ids it lacks are named one
/// by one as before, without the scope's. Before, such a scope was silent.
#[test]
fn a_scope_whose_ids_never_meet_is_listed() {
    use crate::shared::hotel;
    let model =
        hotel::hotel()
            .unwrap()
            .to_builder()
            .sequence(Sequence::builder("online", "Online booking").phase(
                Phase::builder("booking", "Booking").channels([Channel::WebForm]).step(
                    Step::builder("form", "Guest books on the website").moment(MomentKind::OrderTaking),
                ),
            ))
            .build()
            .unwrap();
    let scoped = |id: &str, scope: Scope| {
        Rule::builder(id)
            .when(Condition::builder().scope(scope))
            .kind(StandardKind::Procedure)
            .dimension(QualityDimension::Reliability)
            .statement("Do what is promised {target}")
            .targets(LevelTargets::same(Target::Always))
    };
    let mine = RuleSet::builder()
        .rule(scoped("online-check-in", Scope::new().sequences(["online"]).phases(["check-in"])))
        .rule(scoped("front-invoice", Scope::new().steps(["invoice"]).departments(["front-office"])))
        .rule(scoped("billing-invoice", Scope::new().steps(["invoice"]).departments(["billing"])))
        .rule(scoped("stay-check-in", Scope::new().sequences(["stay"]).phases(["check-in", "checkin"])))
        .rule(scoped("typo", Scope::new().sequences(["onlin"]).phases(["check-in"])))
        .rule(scoped("all-online", Scope::new().sequences(["online"])))
        .build()
        .unwrap();
    let found: Vec<String> = mine.unknown_scopes(&model).iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "rules/front-invoice.when.scope: no step of the model is within the scope",
            "rules/online-check-in.when.scope: no step of the model is within the scope",
            "rules/stay-check-in.when.scope.phases[1]: not in the model `checkin`",
            "rules/typo.when.scope.sequences[0]: not in the model `onlin`",
        ]
    );
    assert_eq!(mine.unknown_scopes(&model)[0].problem(), &Problem::NoStepInScope);
    assert_eq!(mine.unknown_scopes(&model)[0].value(), None);
    // What is listed at the scope derives nothing; the others do.
    let set = mine.derive(&model, ServiceLevel::Expected);
    // (The hotel pack's own rules derive too; only these rules are asked about.)
    let rules_with_standards: std::collections::BTreeSet<&str> =
        set.iter().map(|s| s.rule().as_str()).filter(|r| mine.rule(r).is_some()).collect();
    assert_eq!(
        rules_with_standards.into_iter().collect::<Vec<_>>(),
        ["all-online", "billing-invoice", "stay-check-in"]
    );
    // A department that owns no step is the model's: a scope of it alone
    // meets no step.
    let model = model.to_builder().departments([Department::new("spa", "Spa").unwrap()]).build().unwrap();
    let spa = RuleSet::builder().rule(scoped("spa", Scope::new().departments(["spa"]))).build().unwrap();
    let found: Vec<String> = spa.unknown_scopes(&model).iter().map(ToString::to_string).collect();
    assert_eq!(found, ["rules/spa.when.scope: no step of the model is within the scope"]);
}

/// What only a person does (replying to a form or an e-mail, answering the
/// phone, listening, keeping a promise, asking about needs) is never asked
/// of a step where a system deals with the customer (an automatic booking
/// page, an answering machine).
#[test]
fn a_persons_duties_stay_off_automatic_steps() {
    let catalogue = RuleSet::catalogue();
    let unstaffed: Vec<&str> = [
        "web-form-reply",
        "email-reply",
        "chat-first-reply",
        "letter-reply",
        "keep-every-promise",
        "keep-every-promise-serious",
        "transfer-limit",
        "phone-answer",
        "phone-opening",
        "hold-with-permission",
        "listen-without-interrupting",
        "read-back-details",
        "ask-about-needs",
        "call-back-as-agreed",
        "warm-even-voice",
        "use-customer-name",
    ]
    .into_iter()
    .filter(|id| !catalogue.rule(id).unwrap().condition().staffed_only())
    .collect();
    assert_eq!(unstaffed, Vec::<&str>::new());
}

/// What a step hands over decides what is checked: goods against the
/// order, a child or a pet only back to the person named, a lesson where
/// nothing is handed over neither; and a share of cases never where a
/// loss is serious.
#[test]
fn what_is_handed_over_decides_the_check() {
    use service_standards::model::{Risk, Valuable};
    let step = |id: &str, moment: MomentKind| {
        Step::builder(id, id).moment(moment).department("desk").characteristics([Characteristic::Accurate])
    };
    let model = ServiceModel::builder("Leisure club")
        .departments([Department::new("desk", "Desk").unwrap()])
        .sequence(
            Sequence::builder("visit", "Visit").phase(
                Phase::builder("visit", "Visit")
                    .channels([Channel::FaceToFace])
                    .step(step("order", MomentKind::OrderTaking))
                    .step(step("kids-drop-off", MomentKind::Safekeeping).hands_over([Valuable::Dependant]))
                    .step(step("lesson", MomentKind::Delivery).risk(Risk::High))
                    .step(step("shop-hand-over", MomentKind::Delivery).hands_over([Valuable::Goods]))
                    .step(step("coffee", MomentKind::Delivery))
                    .step(step("kids-pick-up", MomentKind::Delivery).hands_over([Valuable::Dependant])),
            ),
        )
        .build()
        .unwrap();
    let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    let at = |step: &str, concerns: &[&str]| -> Vec<(String, Target)> {
        set.iter()
            .filter(|s| s.step().step().as_str() == step && concerns.contains(&s.concern().as_str()))
            .map(|s| (s.rule().as_str().to_owned(), s.target()))
            .collect()
    };
    let checks = ["delivery-accuracy", "hand-back"];
    let hand_back = || vec![("hand-back-to-named-person".to_owned(), Target::Always)];
    assert_eq!(at("kids-drop-off", &checks), hand_back());
    assert_eq!(at("kids-pick-up", &checks), hand_back());
    assert_eq!(at("lesson", &checks), vec![]);
    assert_eq!(at("shop-hand-over", &checks), vec![("check-before-handing-over".to_owned(), Target::Always)]);
    assert_eq!(at("coffee", &checks), vec![("right-first-time-delivery".to_owned(), Target::Share(99))]);
    assert!(RuleSet::catalogue().rule("hand-back-to-named-person").unwrap().is_critical());
}

/// A loss or an emergency the customer reports is no complaint: what
/// cannot wait is done in the contact and a reference given; no apology,
/// no hold, no transfer, no complaint clock.
#[test]
fn an_incident_is_not_a_complaint() {
    use service_standards::model::Risk;
    let report = |moment: MomentKind| {
        ServiceModel::builder("Card line")
            .departments([Department::new("cards", "Cards").unwrap()])
            .sequence(
                Sequence::builder("cards", "Cards").phase(
                    Phase::builder("lost", "Lost card").channels([Channel::Telephone]).step(
                        Step::builder("report", "Customer reports a lost card")
                            .moment(moment)
                            .department("cards")
                            .characteristics([Characteristic::Prompt, Characteristic::Patient])
                            .risk(Risk::High),
                    ),
                ),
            )
            .build()
            .unwrap()
    };
    let concerns = |moment: MomentKind| -> Vec<String> {
        let set = RuleSet::catalogue().derive(&report(moment), ServiceLevel::Expected);
        set.iter().map(|s| s.concern().as_str().to_owned()).collect()
    };
    let incident = concerns(MomentKind::Incident);
    for wanted in ["incident-response", "incident-record"] {
        assert!(incident.iter().any(|c| c == wanted), "{wanted}: {incident:?}");
    }
    for unwanted in
        ["complaint-apology", "complaint-resolution", "complaint-registration", "holding", "transfers"]
    {
        assert!(!incident.iter().any(|c| c == unwanted), "{unwanted}: {incident:?}");
    }
    // The same step as a complaint gets the complaint's rules instead.
    let complaint = concerns(MomentKind::Exception);
    assert!(complaint.iter().any(|c| c == "complaint-apology"), "{complaint:?}");
    assert!(!complaint.iter().any(|c| c == "incident-response"), "{complaint:?}");
    assert!(RuleSet::catalogue().rule("incident-what-cannot-wait").unwrap().is_critical());
}

/// A condition asking for serious steps and excluding them matches no
/// step: the rule is refused, naming the clause.
#[test]
fn serious_and_except_serious_together_are_refused() {
    let err = Rule::builder("odd")
        .concern("odd")
        .when(Condition::builder().moments([MomentKind::Delivery]).serious().except_serious())
        .kind(StandardKind::Procedure)
        .dimension(QualityDimension::Reliability)
        .statement("Hand it over {target}")
        .targets(LevelTargets::same(Target::Always))
        .build()
        .unwrap_err();
    let found: Vec<String> = err.violations().iter().map(ToString::to_string).collect();
    assert_eq!(found, ["rules/odd.when: condition can never match `both serious and except_serious`"]);
}
