//! Issue 12, defect 12: the words people read, in English and Polish.
#![cfg(feature = "serde")]

use service_standards::prelude::*;

#[test]
fn face_to_face_and_personal_contact_have_their_own_polish_labels() {
    assert_eq!(Locale::Polish.label(Channel::FaceToFace), "kontakt bezpośredni");
    assert_eq!(Locale::Polish.label(StandardKind::PersonalContact), "kontakt osobisty");
}

#[test]
fn the_polish_catalogue_avoids_the_phrases_outside_testing_found_wrong() {
    let wrong = [
        ("znać, że go widzisz", "a sign of being seen, on telephone and e-mail steps"),
        ("z zamówieniem", "one compares with an order (porównaj z), not checks with one"),
        ("pytania nie da się wyjaśnić", "a question is answered, not explained"),
        ("z aktualną dostępnością", "repeats 'dostępną'"),
    ];
    for rule in RuleSet::catalogue().rules() {
        let polish = rule.template().statement_in(Locale::Polish).unwrap().as_str();
        for (phrase, why) in wrong {
            assert!(!polish.contains(phrase), "{}: {why}: {polish}", rule.id());
        }
    }
}

#[test]
fn counts_and_shares_read_as_people_say_them() {
    assert_eq!(Target::AtLeast(2).to_string(), "at least twice");
    assert_eq!(Target::AtMost(2).to_string(), "at most twice");
    assert_eq!(Target::Share(100).to_string(), "in every case");
    assert_eq!(Locale::Polish.target(Target::Share(100)), "w każdym przypadku");
    assert_eq!(Locale::Polish.target(Target::AtLeast(2)), "co najmniej dwa razy");
}

fn answer_rule() -> RuleBuilder {
    Rule::builder("answer-every-call")
        .when(Condition::builder().channels([Channel::Telephone]))
        .kind(StandardKind::Procedure)
        .dimension(QualityDimension::Responsiveness)
        .statement("Answer every call {target}")
        .targets(LevelTargets::same(Target::WithinRings(3)))
}

fn one_call() -> ServiceModel {
    ServiceModel::builder("Hotel")
        .sequence(
            Sequence::builder("stay", "Stay").phase(
                Phase::builder("booking", "Booking")
                    .channels([Channel::Telephone])
                    .step(Step::builder("call", "Guest calls").moment(MomentKind::OrderTaking)),
            ),
        )
        .build()
        .unwrap()
}

#[test]
fn a_users_rule_speaks_polish_when_it_has_polish_words() {
    let rules = RuleSet::builder()
        .rule(answer_rule().statement_in(Locale::Polish, "Odbieraj każde połączenie {target}"))
        .build()
        .unwrap();
    let set = rules.derive(&one_call(), ServiceLevel::Expected);
    let s = set.iter().next().unwrap();
    assert_eq!(Locale::Polish.statement(s), "Odbieraj każde połączenie w ciągu 3 sygnałów");
    assert_eq!(s.statement(), "Answer every call within 3 rings");
}

#[test]
fn without_polish_words_a_rule_falls_back_visibly_and_never_splices() {
    let rules = RuleSet::builder().rule(answer_rule()).build().unwrap();
    let set = rules.derive(&one_call(), ServiceLevel::Expected);
    let s = set.iter().next().unwrap();
    // The whole English sentence, marked; not "Answer every call w ciągu 3 sygnałów".
    assert_eq!(Locale::Polish.statement(s), "[en] Answer every call within 3 rings");
}

#[test]
fn a_translation_must_name_the_same_placeholders() {
    let err = RuleSet::builder()
        .rule(answer_rule().statement_in(Locale::Polish, "Odbieraj każde połączenie"))
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid rule set: rules/answer-every-call.translations.polish: translation names other placeholders than the statement `Odbieraj każde połączenie`"
    );
}
