//! The clinic pack against a real checklist and the trade's traps
//! (`research/trades/clinic.md`, sections 6 and 7).
//!
//! Recall: the items of the AHRQ CAHPS Clinician & Group Survey 3.0, Adult
//! (https://yourcahps.rand.org/surveys/1), with the four items of its
//! earlier visit surveys that a clinic audit keeps, each stated as the
//! topic (the concerns a standard on it would have) and the target a
//! practice manager would audit, counted as derived when the clinic
//! template's expected set has a standard or a policy of that topic with
//! that target or a stricter one.

use std::time::Duration;

use service_standards::prelude::*;

use super::checklist::{Item, at, item, missed, of};

fn clinic() -> &'static Pack {
    Pack::builtin("clinic").unwrap()
}

fn template() -> &'static ServiceModel {
    clinic().template().unwrap()
}

fn days(n: u64) -> Target {
    Target::Within(Duration::from_secs(n * 86_400))
}

/// The checklist, item by item, in our own words. The survey's answers are
/// frequencies (never to always): the target an audit reads is "always".
fn checklist() -> Vec<Item> {
    use Target::Always;
    vec![
        item("an urgent appointment as soon as needed (Q6)", &["urgent-appointment"], Always),
        item("a routine appointment as soon as needed (Q8)", &["routine-appointment"], days(7)),
        item(
            "a medical question in office hours answered the same day (Q10)",
            &["medical-question"],
            Target::within_hours(8),
        ),
        item("the provider explained things clearly (Q11)", &["explanation", "next-steps"], Always),
        item("the provider listened carefully (Q12)", &["listening"], Always),
        item("the provider knew the medical history (Q13)", &["medical-history", "personal-memory"], Always),
        item(
            "the provider showed respect for what was said (Q14)",
            &["listening", "form-of-address"],
            Always,
        ),
        item("the provider spent enough time (Q15)", &["consultation-time"], Always),
        item(
            "someone followed up with every test result, within a week (Q17)",
            &["result-follow-up"],
            days(7),
        ),
        item("overall rating of the provider, 0 to 10 (Q18)", &["overall-rating"], Always),
        item("someone talked about all prescription medicines (Q20)", &["medicines-review"], Always),
        item("clerks and receptionists were helpful (Q21)", &["offer-help", "routing"], Always),
        item("clerks and receptionists were courteous and respectful (Q22)", &["form-of-address"], Always),
        item("questions after office hours answered as soon as needed", &["after-hours-access"], Always),
        item("seen within 15 minutes of the appointment time", &["punctuality"], Target::within_mins(15)),
        item(
            "easy-to-understand instructions for the health problem",
            &["next-steps", "information-to-keep"],
            Always,
        ),
        item("would recommend the office to family and friends", &["recommendation"], Always),
    ]
}

#[test]
fn the_clinic_template_derives_14_of_the_17_items_of_the_cahps_clinician_survey() {
    let set = RuleSet::catalogue().derive(template(), ServiceLevel::Expected);
    let items = checklist();
    let missed = missed(&set, &items);
    // A rating and a recommendation are what patients conclude, which no
    // standard states; no standard of the clinic states the receptionists'
    // helpfulness beyond their greeting and discretion.
    assert_eq!(
        missed,
        [
            "overall rating of the provider, 0 to 10 (Q18)",
            "clerks and receptionists were helpful (Q21)",
            "would recommend the office to family and friends",
        ]
    );
    assert_eq!((items.len() - missed.len(), items.len()), (14, 17));
}

fn derived(level: ServiceLevel) -> StandardSet {
    RuleSet::catalogue().derive(template(), level)
}

fn some(rule: &str, target: Target) -> Option<(String, Target)> {
    Some((rule.to_owned(), target))
}

const CARE: [&str; 5] = [
    "visit/care/nurse-triage",
    "visit/care/consultation",
    "visit/care/examination-or-procedure",
    "visit/care/sample-taking",
    "visit/care/hand-over-documents",
];

/// Identity, consent, chaperone, privacy and specimens are zero defects: no
/// share of cases anywhere in the care phase, at any level; two identifiers
/// stated by the patient (never the room) before any examination,
/// sample or medicine, once in the visit.
#[test]
fn safety_steps_allow_no_share_of_defects_and_identity_is_two_identifiers() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        for path in CARE {
            let shares: Vec<_> = at(&set, path)
                .into_iter()
                .filter(|(_, _, t)| matches!(t, Target::Share(_) | Target::ShareWithin { .. }))
                .collect();
            assert_eq!(shares, [], "{level} {path}");
        }
        // Stated at the first care step of the visit, "before any
        // examination, test, sample or medicine", it holds for the visit:
        // each later step of the same contact leaves it out as said earlier,
        // never for another identity rule.
        assert_eq!(
            of(&set, "visit/care/nurse-triage", "identity-check"),
            some("two-identifiers", Target::Always),
            "{level}"
        );
        for path in [
            "visit/care/examination-or-procedure",
            "visit/care/sample-taking",
            "visit/care/hand-over-documents",
        ] {
            assert_eq!(of(&set, path, "identity-check"), None, "{level} {path}");
            let earlier: Vec<(&str, Precedence)> = set
                .superseded()
                .iter()
                .filter(|s| s.step().to_string() == path && s.concern().as_str() == "identity-check")
                .map(|s| (s.rule().as_str(), s.reason()))
                .collect();
            assert_eq!(earlier, [("two-identifiers", Precedence::EarlierInContact)], "{level} {path}");
        }
        let exam = "visit/care/examination-or-procedure";
        assert_eq!(of(&set, exam, "consent"), some("informed-consent", Target::Always), "{level}");
        assert_eq!(of(&set, exam, "chaperone"), some("chaperone-offered", Target::Always), "{level}");
        assert_eq!(of(&set, exam, "privacy"), some("privacy-during-examination", Target::Always), "{level}");
        let sample = "visit/care/sample-taking";
        assert_eq!(of(&set, sample, "consent"), some("informed-consent", Target::Always), "{level}");
        assert_eq!(
            of(&set, sample, "delivery-accuracy"),
            some("specimen-labelled-in-presence", Target::Always),
            "{level}"
        );
        assert_eq!(
            of(&set, "visit/care/consultation", "medicines-review"),
            some("medicines-reviewed", Target::Always),
            "{level}"
        );
    }
    let two = clinic().rules().rule("two-identifiers").unwrap();
    assert!(
        two.template()
            .statement()
            .as_str()
            .contains("never take the number of the {place}, the chair or a wristband")
    );
    let set = derived(ServiceLevel::Expected);
    let said = set.iter().find(|s| s.rule().as_str() == "two-identifiers").map(|s| s.statement().to_owned());
    assert_eq!(
        said.as_deref(),
        Some(
            "Before any examination, test, sample or medicine, ask the patient to state two identifiers, \
             their full name and date of birth, and check them against the record; never take the number \
             of the consulting room, the chair or a wristband as one"
        )
    );
}

/// The name is used once, quietly, at the desk, and patients are called
/// in by number or first name: the retail "use the name twice" is nowhere.
#[test]
fn the_name_is_used_quietly_once_and_never_called_out() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let names: Vec<(String, String, Target)> = set
            .iter()
            .filter(|s| s.concern().as_str() == "use-of-name")
            .map(|s| (s.step().to_string(), s.rule().to_string(), s.target()))
            .collect();
        assert_eq!(
            names,
            [("visit/arrival/check-in".to_owned(), "name-used-quietly".to_owned(), Target::AtLeast(1))],
            "{level}"
        );
        assert!(set.iter().all(|s| s.rule().as_str() != "use-customer-name"), "{level}");
        assert_eq!(
            of(&set, "visit/arrival/call-in", "calling-in"),
            some("called-in-discreetly", Target::Always),
            "{level}"
        );
        assert_eq!(
            of(&set, "visit/arrival/check-in", "discretion-aloud"),
            some("desk-confidentiality", Target::Never),
            "{level}"
        );
    }
}

/// A greeting is timed where the patient comes to the desk, and nowhere
/// else: not on a result call, not on the booking line.
#[test]
fn a_greeting_is_timed_only_at_the_desk() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let greeted: Vec<(String, String)> = set
            .iter()
            .filter(|s| s.concern().as_str() == "greeting-on-arrival")
            .map(|s| (s.step().to_string(), s.rule().to_string()))
            .collect();
        assert_eq!(
            greeted,
            [("visit/arrival/check-in".to_owned(), "greeted-at-reception".to_owned())],
            "{level}"
        );
    }
    let basic = derived(ServiceLevel::Basic);
    assert_eq!(
        of(&basic, "visit/arrival/check-in", "greeting-on-arrival"),
        some("greeted-at-reception", Target::within_secs(60))
    );
}

/// A chaperone is trained clinical staff, never a receptionist or a
/// relative, offered whatever the genders.
#[test]
fn a_chaperone_is_trained_clinical_staff_and_not_any_member_of_staff() {
    let set = derived(ServiceLevel::Expected);
    let chaperone = set.iter().find(|s| s.rule().as_str() == "chaperone-offered").unwrap();
    assert_eq!(
        chaperone.statement(),
        "Before any intimate examination, offer the patient a chaperone, a trained member of the clinical \
         staff and not a receptionist or a relative, whatever the genders; record the offer, the answer and \
         the chaperone's name, and offer to postpone if no chaperone is acceptable"
    );
    let steps: Vec<String> =
        set.iter().filter(|s| s.concern().as_str() == "chaperone").map(|s| s.step().to_string()).collect();
    assert_eq!(steps, ["visit/care/examination-or-procedure"]);
}

/// No coffee before a fasting test, no packages sold in the consulting
/// room or on the result call, no payment-collection share at the desk.
#[test]
fn no_drink_unasked_no_upselling_and_no_collection_share() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let rules: Vec<&str> = set.iter().map(|s| s.rule().as_str()).collect();
        for wrong in ["comfortable-waiting-area", "hospitality-offer", "invoice-right-first-time"] {
            assert!(!rules.contains(&wrong), "{level}: {wrong}");
        }
        assert_eq!(
            of(&set, "visit/arrival/wait-in-waiting-room", "waiting-comfort"),
            some("waiting-without-refreshments-unasked", Target::Always),
            "{level}"
        );
        // Once a visit or a call: at the consultation, not again at the
        // examination of the same visit; and at the result call.
        for path in ["visit/care/consultation", "results/results/result-communicated"] {
            assert_eq!(
                of(&set, path, "no-selling-in-care"),
                some("no-selling-in-care", Target::Never),
                "{level}"
            );
        }
        assert_eq!(of(&set, "visit/care/examination-or-procedure", "no-selling-in-care"), None, "{level}");
        let checkout = at(&set, "visit/departure/checkout-and-bill");
        let mut expected = vec![
            ("invoice-accuracy".to_owned(), "bill-clear-and-right".to_owned(), Target::Always),
            ("invoice-clarity".to_owned(), "invoice-layout".to_owned(), Target::Always),
        ];
        // At the exclusive level the next appointment is booked with the
        // same doctor, and the charges are gone through line by line.
        if level == ServiceLevel::Exclusive {
            expected.insert(
                1,
                ("continuity".to_owned(), "follow-up-with-the-same-doctor".to_owned(), Target::Always),
            );
            expected.insert(1, ("bill-explained".to_owned(), "bill-explained".to_owned(), Target::Always));
        }
        assert_eq!(checkout, expected, "{level}");
    }
}

/// A consultation has no upper bound: enough time, never a range.
#[test]
fn a_consultation_has_no_upper_bound() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let ranges: Vec<_> = set
            .iter()
            .filter(|s| matches!(s.target(), Target::Between { .. } | Target::AtMost(_)))
            .filter(|s| s.step().to_string().starts_with("visit/"))
            .map(|s| s.rule().to_string())
            .collect();
        assert_eq!(ranges, Vec::<String>::new(), "{level}");
        assert_eq!(
            of(&set, "visit/care/consultation", "consultation-time"),
            some("enough-time", Target::Always),
            "{level}"
        );
    }
}

/// Every result is told, normal ones too, by a date; nothing is said about
/// a result on the phone before the caller's identity is checked.
#[test]
fn every_result_is_told_and_none_before_the_identity_is_checked() {
    let targets: Vec<Option<(String, Target)>> = ServiceLevel::ALL
        .iter()
        .map(|&l| of(&derived(l), "results/results/result-communicated", "result-follow-up"))
        .collect();
    assert_eq!(
        targets,
        [
            some("results-followed-up", days(7)),
            some("results-followed-up", days(5)),
            some("results-followed-up", days(2))
        ]
    );
    let set = derived(ServiceLevel::Expected);
    let told = set.iter().find(|s| s.rule().as_str() == "results-followed-up").unwrap();
    assert_eq!(
        told.statement(),
        "Tell the patient the result of every test they had, normal ones too, by the date promised and \
         within 5 days of the result reaching the clinic, with what it means"
    );
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        for path in [
            "booking/contact/identify-caller",
            "results/results/result-communicated",
            "results/results/result-enquiry",
        ] {
            assert_eq!(
                of(&set, path, "identity-check"),
                some("nothing-told-before-identity", Target::Never),
                "{level} {path}"
            );
        }
        let greeted = of(&set, "results/results/result-communicated", "greeting-on-arrival");
        assert_eq!(greeted, None, "{level}");
    }
}

#[test]
fn every_critical_rule_of_the_clinic_says_where_it_comes_from_and_allows_no_defect() {
    let critical: Vec<&str> =
        clinic().rules().rules().filter(|r| r.is_critical()).map(|r| r.id().as_str()).collect();
    assert_eq!(
        critical,
        [
            "chaperone-offered",
            "desk-confidentiality",
            "informed-consent",
            "medicines-reviewed",
            "nothing-told-before-identity",
            "privacy-during-examination",
            "results-followed-up",
            "specimen-labelled-in-presence",
            "two-identifiers",
        ]
    );
    for rule in clinic().rules().rules() {
        assert!(rule.source().is_some_and(|s| s.len() > 10), "{}", rule.id());
        assert!(rule.template().statement_in(Locale::Polish).is_some(), "{}", rule.id());
        if rule.is_critical() {
            for &level in ServiceLevel::ALL {
                let target = rule.template().targets().get(level).unwrap();
                assert!(
                    matches!(target, Target::Always | Target::Never | Target::Within(_)),
                    "{} {level}: {target}",
                    rule.id()
                );
            }
        }
    }
    let gestures: Vec<&str> = clinic()
        .rules()
        .rules()
        .filter(|r| clinic().is_gesture(r.id().as_str()))
        .map(|r| r.id().as_str())
        .collect();
    assert_eq!(
        gestures,
        [
            "call-after-a-procedure",
            "chaperone-offered-at-booking",
            "doctor-phones-abnormal-result",
            "fetched-from-the-waiting-room",
            "follow-up-with-the-same-doctor",
            "gown-and-privacy",
            "late-running-text",
            "quiet-slot-offered",
            "written-summary-of-the-visit",
        ]
    );
    // Each gesture lands on the template at the exclusive level only.
    let exclusive = derived(ServiceLevel::Exclusive);
    let expected = derived(ServiceLevel::Expected);
    for gesture in &gestures {
        assert!(exclusive.iter().any(|s| s.rule().as_str() == *gesture), "{gesture}");
        assert!(expected.iter().all(|s| s.rule().as_str() != *gesture), "{gesture}");
    }
    assert_eq!(clinic().check(template()), []);
    assert_eq!(clinic().noun(Locale::Polish, Noun::Customer), "pacjent");
    assert_eq!(clinic().noun(Locale::English, Noun::Place), "consulting room");
}
