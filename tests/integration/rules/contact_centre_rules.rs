//! The contact-centre pack's own rules: where its critical rules land on the
//! template (and, for the payment and the outbound sales call the template
//! lacks, on the template with those added), with their targets, and the
//! traps of the trade where they must not land.

use service_standards::prelude::*;

fn pack() -> &'static Pack {
    Pack::builtin("contact-centre").unwrap()
}

fn template() -> &'static ServiceModel {
    pack().template().unwrap()
}

/// The steps where `rule` derives a standard, each with its target.
fn landed(set: &StandardSet, rule: &str) -> Vec<(String, Target)> {
    set.iter().filter(|s| s.rule().as_str() == rule).map(|s| (s.step().to_string(), s.target())).collect()
}

/// The departments (or the business, as `None`) where `rule` is a policy.
fn policies(set: &StandardSet, rule: &str) -> Vec<(PolicyScope, Option<String>, Target)> {
    set.policies()
        .iter()
        .filter(|p| p.standard().rule().as_str() == rule)
        .map(|p| (p.scope(), p.department().map(ToString::to_string), p.standard().target()))
        .collect()
}

/// The outbound rules: none of them belongs on an inbound call.
const OUTBOUND: [&str; 3] =
    ["outbound-number-and-name", "outbound-calling-hours", "marketing-only-with-consent"];

/// The template with what it lacks for the pack's other critical rules: a
/// card payment taken on the phone, a claims-style call the company makes
/// to a customer about their case, and an outbound sales campaign.
fn with_payment_and_outbound() -> Result<ServiceModel, Error> {
    let sales = ServiceProfile::builder()
        .contact(ContactLevel::Low)
        .capacity(CapacityControl::Queues)
        .tasks(TaskAllocation::ServiceAndSales)
        .build();
    template()
        .to_builder()
        .departments([Department::new("outbound", "Outbound sales")?])
        .sequence(
            Sequence::builder("payment", "Payment by phone").phase(
                Phase::builder("pay", "Paying").channels([Channel::Telephone]).step(
                    Step::builder("take-card", "Agent takes a card payment")
                        .moment(MomentKind::Payment)
                        .department("front-line")
                        .characteristics([Characteristic::Safe]),
                ),
            ),
        )
        .sequence(
            Sequence::builder("case", "Case handling").phase(
                Phase::builder("handler", "Handler's call").channels([Channel::Telephone]).step(
                    Step::builder("handler-call", "Case handler calls as promised")
                        .moment(MomentKind::Consultation)
                        .started_by(Initiator::Company)
                        .department("second-line")
                        .characteristics([Characteristic::Punctual, Characteristic::Knowledgeable]),
                ),
            ),
        )
        .sequence(
            Sequence::builder("campaign", "Outbound campaign").profile(sales).phase(
                Phase::builder("dial", "Call").channels([Channel::Telephone]).step(
                    Step::builder("offer", "Agent presents the offer")
                        .moment(MomentKind::OrderTaking)
                        .started_by(Initiator::Company)
                        .department("outbound")
                        .characteristics([Characteristic::Honest]),
                ),
            ),
        )
        .build()
}

#[test]
fn the_critical_rules_name_their_source_and_allow_no_defect() {
    let critical: Vec<&str> =
        pack().rules().rules().filter(|r| r.is_critical()).map(|r| r.id().as_str()).collect();
    assert_eq!(
        critical,
        [
            "basic-rate-helpline",
            "card-details-off-recordings",
            "dialler-ring-and-abandonment",
            "marketing-only-with-consent",
            "outbound-calling-hours",
            "outbound-number-and-name",
            "recording-notice",
            "two-details-before-account",
        ]
    );
    for rule in pack().rules().rules() {
        assert!(rule.source().is_some_and(|s| s.len() > 10), "{}", rule.id());
        if rule.is_critical() {
            for &level in ServiceLevel::ALL {
                assert_eq!(
                    rule.template().targets().get(level),
                    Some(Target::Always),
                    "{} {level}",
                    rule.id()
                );
            }
        }
    }
    let source = |id: &str| pack().rules().rule(id).unwrap().source().unwrap();
    assert!(source("basic-rate-helpline").contains("2011/83/EU, art. 21"));
    assert!(source("recording-notice").contains("art. 159(2)"));
    assert!(source("card-details-off-recordings").starts_with("PCI DSS"));
    assert!(source("marketing-only-with-consent").contains("art. 172"));
}

#[test]
fn the_templates_critical_rules_land_where_their_thing_happens() {
    let set = RuleSet::catalogue().derive(template(), ServiceLevel::Expected);
    assert_eq!(landed(&set, "recording-notice"), [("call/access/queue".to_owned(), Target::Always)]);
    assert_eq!(
        landed(&set, "two-details-before-account"),
        [("call/access/verify-caller".to_owned(), Target::Always)]
    );
    assert_eq!(policies(&set, "basic-rate-helpline"), [(PolicyScope::Business, None, Target::Always)]);
    assert_eq!(
        landed(&set, "call-back-at-the-agreed-time"),
        [("call/after-call/call-back".to_owned(), Target::within_hours(1))]
    );
    // The close says what a contact centre's close says, in place of the
    // catalogue's "thank and invite back".
    assert_eq!(landed(&set, "thanks-for-calling"), [("call/handling/close".to_owned(), Target::Always)]);
    assert!(landed(&set, "thank-and-invite-back").is_empty());
    // The pack's identity rule says how, in place of the catalogue's: one
    // identity check at the step, not two that read as the same.
    assert!(landed(&set, "verify-identity").is_empty());
    assert_eq!(
        landed(&set, "two-details-before-account"),
        [("call/access/verify-caller".to_owned(), Target::Always)]
    );

    let get = |rule: &str| set.iter().find(|s| s.rule().as_str() == rule).unwrap();
    assert_eq!(
        get("recording-notice").statement(),
        "Before the conversation begins, tell every caller that the call is recorded and why, so that they can hang up or choose another way to reach us"
    );
    assert_eq!(
        Locale::Polish.statement(get("two-details-before-account")),
        "Przed jakąkolwiek czynnością na koncie poproś rozmówcę o co najmniej dwie dane osobowe i sprawdź je z danymi konta; nigdy nie odczytuj danych do potwierdzenia i nie ujawniaj niczego rozmówcy, który nie potrafi ich podać"
    );
    assert_eq!(
        Locale::Polish.statement(get("call-back-at-the-agreed-time")),
        "Wykonuj każde oddzwonienie obiecane rozmówcy w ciągu 1 godziny od uzgodnionej pory, a przed wybraniem numeru przeczytaj notatki ze sprawy"
    );
}

#[test]
fn a_phone_payment_and_an_outbound_sales_call_get_their_critical_rules() -> Result<(), Error> {
    let model = with_payment_and_outbound()?;
    for &level in ServiceLevel::ALL {
        let set = RuleSet::catalogue().derive(&model, level);
        // Every time, at every level: never "98 % of card numbers kept off recordings".
        assert_eq!(
            landed(&set, "card-details-off-recordings"),
            [("payment/pay/take-card".to_owned(), Target::Always)],
            "{level}"
        );
        // The catalogue's general payment rule gives way to the phone's.
        assert!(landed(&set, "secure-payment").is_empty(), "{level}");
        for rule in OUTBOUND {
            assert_eq!(
                landed(&set, rule),
                [("campaign/dial/offer".to_owned(), Target::Always)],
                "{rule} {level}"
            );
        }
        assert_eq!(
            policies(&set, "dialler-ring-and-abandonment"),
            [(PolicyScope::Department, Some("outbound".to_owned()), Target::Always)],
            "{level}"
        );
    }
    let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    let get = |rule: &str| set.iter().find(|s| s.rule().as_str() == rule).unwrap();
    assert_eq!(
        get("outbound-calling-hours").statement(),
        "Make sales calls only between 8:00 and 21:00 of the called person's local time, and never at a time the caller has asked you not to call"
    );
    // The keypad-masking gesture only at the exclusive level.
    assert!(landed(&set, "card-number-never-heard").is_empty());
    let exclusive = RuleSet::catalogue().derive(&model, ServiceLevel::Exclusive);
    assert_eq!(
        landed(&exclusive, "card-number-never-heard"),
        [("payment/pay/take-card".to_owned(), Target::Always)]
    );
    Ok(())
}

#[test]
fn no_outbound_dialling_rule_lands_on_an_inbound_call_or_a_service_call() -> Result<(), Error> {
    // Trap: the 3 % abandonment limit, ring time, caller id and calling
    // hours are about outbound calls. The agent's greeting after the queue
    // is a step the company starts that opens a contact, like a call it
    // dials, and must get none of them; nor a case handler's call.
    let model = with_payment_and_outbound()?;
    for &level in ServiceLevel::ALL {
        for set in
            [RuleSet::catalogue().derive(template(), level), RuleSet::catalogue().derive(&model, level)]
        {
            for rule in OUTBOUND {
                assert!(
                    landed(&set, rule).iter().all(|(step, _)| step == "campaign/dial/offer"),
                    "{rule} {level}"
                );
            }
            assert!(
                policies(&set, "dialler-ring-and-abandonment")
                    .iter()
                    .all(|(_, d, _)| d.as_deref() == Some("outbound")),
                "{level}"
            );
        }
        assert!(
            landed(&RuleSet::catalogue().derive(template(), level), "outbound-number-and-name").is_empty()
        );
        assert!(
            policies(&RuleSet::catalogue().derive(template(), level), "dialler-ring-and-abandonment")
                .is_empty()
        );
    }
    // The handler's call is a promised call: the call-back rule, not a sale.
    let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    let on_handler: Vec<&str> = set
        .iter()
        .filter(|s| s.step().to_string() == "case/handler/handler-call")
        .map(|s| s.rule().as_str())
        .filter(|r| pack().rules().rule(r).is_some())
        .collect();
    assert_eq!(on_handler, ["call-back-at-the-agreed-time"]);
    Ok(())
}

#[test]
fn the_recording_notice_is_given_once_before_the_conversation_and_never_in_writing() {
    // Trap: "95 % of callers informed" is wrong, and the notice belongs
    // before the talk, not on every step that opens a contact in the model
    // (the understanding of the need, the written messages, the call-back).
    for &level in ServiceLevel::ALL {
        let set = RuleSet::catalogue().derive(template(), level);
        assert_eq!(
            landed(&set, "recording-notice"),
            [("call/access/queue".to_owned(), Target::Always)],
            "{level}"
        );
    }
    // The queue's call-back that keeps the place is a gesture: exclusive only.
    let expected = RuleSet::catalogue().derive(template(), ServiceLevel::Expected);
    assert!(landed(&expected, "call-back-keeps-the-place").is_empty());
    let exclusive = RuleSet::catalogue().derive(template(), ServiceLevel::Exclusive);
    assert_eq!(
        landed(&exclusive, "call-back-keeps-the-place"),
        [("call/access/queue".to_owned(), Target::Always)]
    );
}

/// The rules the pack adds for the items of the mystery-calling form, in
/// the order they come in a call.
const CALL_HANDLING: [&str; 7] = [
    "request-heard-out",
    "clarifying-questions",
    "caller-as-a-person",
    "transfer-announced",
    "volunteer-what-applies",
    "by-when-it-is-needed",
    "whole-attention-on-the-call",
];

/// The close the pack states in three lines: other needs, the recap with
/// the understanding checked, the thanks.
const CLOSE: [&str; 3] = ["anything-else-before-closing", "recap-and-check-understood", "thanks-for-calling"];

#[cfg(feature = "serde")]
fn fixture(name: &str) -> ServiceModel {
    let path = format!("{}/tests/fixtures/models/contact_centre_{name}.toml", env!("CARGO_MANIFEST_DIR"));
    toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

#[test]
fn the_rules_for_the_mystery_calling_form_land_where_the_call_does_each_thing() {
    use Target::{Always, AtLeast};
    let at = |step: &str, target: Target| vec![(format!("call/{step}"), target)];
    for &level in ServiceLevel::ALL {
        let set = RuleSet::catalogue().derive(template(), level);
        // Two questions at most are asked for: a third on a cancellation
        // call reads as stalling.
        let questions = if level == ServiceLevel::Basic { AtLeast(1) } else { AtLeast(2) };
        let alternatives = if level == ServiceLevel::Exclusive { AtLeast(2) } else { AtLeast(1) };
        // Talked with as a person: from the expected level, like the
        // catalogue's personal remark.
        let person =
            if level == ServiceLevel::Basic { vec![] } else { at("handling/understand-need", Always) };
        let expected = [
            ("whole-attention-on-the-call", at("access/agent-greeting", Always)),
            ("request-heard-out", at("handling/understand-need", Always)),
            ("clarifying-questions", at("handling/understand-need", questions)),
            ("caller-as-a-person", person),
            ("transfer-announced", at("handling/understand-need", Always)),
            ("volunteer-what-applies", at("handling/answer", Always)),
            ("by-when-it-is-needed", at("handling/answer", alternatives)),
            ("anything-else-before-closing", at("handling/close", Always)),
            ("recap-and-check-understood", at("handling/close", Always)),
            ("thanks-for-calling", at("handling/close", Always)),
        ];
        for (rule, steps) in expected {
            assert_eq!(landed(&set, rule), steps, "{rule} {level}");
        }
    }
    let set = RuleSet::catalogue().derive(template(), ServiceLevel::Expected);
    let get = |rule: &str| set.iter().find(|s| s.rule().as_str() == rule).unwrap();
    assert_eq!(
        get("transfer-announced").statement(),
        "Before you transfer a caller, tell them to whom you are putting them through, why, and what that colleague will do for them"
    );
    assert_eq!(
        Locale::Polish.statement(get("clarifying-questions")),
        "Zadawaj pytania (co najmniej dwa razy), by ustalić, czego dokładnie potrzebuje rozmówca, zanim zajmiesz się sprawą lub cokolwiek polecisz: co się stało lub czego chce, co już próbował zrobić, jakiego rozwiązania oczekuje"
    );
    assert_eq!(
        Locale::Polish.statement(get("whole-attention-on-the-call")),
        "Od chwili przyjęcia połączenia do jego końca poświęcaj rozmówcy pełną uwagę: żadnych rozmów na boku, żadnej innej pracy na ekranie, a zanim odezwiesz się do kolegi, wycisz mikrofon"
    );
}

#[cfg(feature = "serde")]
#[test]
fn nothing_of_the_handling_is_stated_before_the_caller_is_identified() {
    // Trap: the safety questions of a claim or a breakdown call come before
    // the caller is identified; nobody is asked what they have tried, told
    // of a transfer or asked about themselves while they may be hurt. The
    // catalogue's own listening line stays there; the pack's handling rules
    // start once the adviser knows who is calling.
    let insurer = fixture("insurer");
    let set = RuleSet::catalogue().derive(&insurer, ServiceLevel::Expected);
    let steps = |rule: &str| landed(&set, rule).into_iter().map(|(step, _)| step).collect::<Vec<_>>();
    assert_eq!(steps("listen-without-interrupting"), ["claim/first-notice/safety"]);
    assert_eq!(steps("request-heard-out"), ["claim/settlement/dispute", "policy/renewal/cancel-or-haggle"]);
    assert_eq!(steps("clarifying-questions"), ["policy/renewal/cancel-or-haggle"]);
    assert_eq!(steps("caller-as-a-person"), ["policy/renewal/cancel-or-haggle"]);
    assert_eq!(
        steps("transfer-announced"),
        [
            "claim/first-notice/next-steps",
            "claim/assessment/status-call",
            "claim/settlement/dispute",
            "policy/renewal/cancel-or-haggle",
        ]
    );
    assert_eq!(
        steps("volunteer-what-applies"),
        ["claim/first-notice/next-steps", "claim/assessment/status-call"]
    );
    assert_eq!(
        steps("by-when-it-is-needed"),
        [
            "claim/first-notice/record-loss",
            "claim/assessment/status-call",
            "roadside/call/dispatch",
            "policy/change/change",
        ]
    );
    for rule in CALL_HANDLING {
        for step in ["claim/first-notice/safety", "roadside/call/safety"] {
            assert!(!steps(rule).iter().any(|s| s == step), "{rule} at {step}");
        }
    }
    // The handler's call and the loss adjuster's visit are the company's:
    // the catalogue's needs questions stay there.
    assert_eq!(
        steps("ask-about-needs"),
        ["claim/assessment/handler-call", "claim/assessment/assessor-visit"]
    );
}

#[cfg(feature = "serde")]
#[test]
fn the_whole_attention_is_asked_once_when_an_agent_takes_the_call() {
    // Trap: not in the voice menu, not in a text or an app, not at every
    // step of the call: once, when a person answers.
    let telecom = fixture("telecom");
    for &level in ServiceLevel::ALL {
        let set = RuleSet::catalogue().derive(&telecom, level);
        assert_eq!(
            landed(&set, "whole-attention-on-the-call"),
            [
                ("broadband-fault/report/answer".to_owned(), Target::Always),
                ("billing-query/query/answer".to_owned(), Target::Always),
                ("lost-phone/block/answer".to_owned(), Target::Always),
            ],
            "{level}"
        );
    }
}

#[test]
fn no_handling_or_closing_rule_lands_on_a_sale_the_company_starts_or_in_writing() -> Result<(), Error> {
    // Trap: the outbound offer is the company's call, and a written reply
    // ends with a signature, not with "anything else?" on the line.
    let model = with_payment_and_outbound()?.to_builder().sequence(
        Sequence::builder("mail", "E-mail thread").phase(
            Phase::builder("reply", "Reply").channels([Channel::Email]).step(
                Step::builder("close-thread", "Agent closes the thread")
                    .moment(MomentKind::Farewell)
                    .started_by(Initiator::Company)
                    .department("front-line")
                    .characteristics([Characteristic::Courteous]),
            ),
        ),
    );
    let model = model.build()?;
    for &level in ServiceLevel::ALL {
        let set = RuleSet::catalogue().derive(&model, level);
        for rule in CALL_HANDLING.into_iter().chain(CLOSE) {
            assert!(
                landed(&set, rule).iter().all(|(step, _)| step.starts_with("call/")),
                "{rule} {level}: {:?}",
                landed(&set, rule)
            );
        }
        // Nothing else asks "anything else?" at the written close.
        assert!(
            !set.at_step(&"mail/reply/close-thread".parse()?)
                .any(|s| s.concern().as_str() == "further-needs")
        );
    }
    Ok(())
}
