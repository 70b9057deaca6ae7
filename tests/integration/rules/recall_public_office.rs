//! The public-office pack against a real checklist and the trade's traps
//! (`research/trades/public-office.md`, sections 6 and 7).
//!
//! Recall: the items of a municipal office's customer-satisfaction form
//! (Urząd Miejski w Sierpcu,
//! https://sierpc.satysfakcjaklienta.online/addVote/3e8b785c-74dd-40c8-99c9-baebd8406a1d),
//! each stated as the topic (the concerns a standard on it would have) and
//! the target a head of customer service would audit, counted as derived
//! when the template's expected set has a standard or a policy of that
//! topic with that target or a stricter one. The form rates each item
//! from 1 to 5 and sets no numbers; the targets below are the least an
//! office would post (the catalogue's basic level where it has one).

use std::time::Duration;

use service_standards::prelude::*;

use super::checklist::{Item, at, item, missed, of};

fn office() -> &'static Pack {
    Pack::builtin("public-office").unwrap()
}

fn template() -> &'static ServiceModel {
    office().template().unwrap()
}

fn derived(level: ServiceLevel) -> StandardSet {
    RuleSet::catalogue().derive(template(), level)
}

fn days(n: u64) -> Target {
    Target::Within(Duration::from_secs(n * 86_400))
}

/// The checklist, item by item, in our own words.
fn checklist() -> Vec<Item> {
    use Target::{Always, Share};
    let wait = Target::ShareWithin { percent: 80, within: Duration::from_secs(15 * 60) };
    vec![
        // Image of the office
        item("location of the office", &["location"], Always),
        item("signs and marking of the office", &["wayfinding"], Always),
        item("parking spaces", &["parking"], Always),
        item("a clear website", &["printed-materials", "self-service-guidance"], Always),
        item("clean premises", &["tidy-premises"], Target::Every(Duration::from_secs(4 * 3600))),
        item("neatly dressed officials", &["staff-appearance"], Always),
        // Individual approach
        item("hours when visitors are received", &["opening-hours"], Always),
        item("readable forms", &["printed-materials"], Always),
        item("engagement with the applicant's matter", &["plain-language", "ownership"], Always),
        item("respect for the applicant", &["form-of-address"], Always),
        // Competence
        item("subject knowledge", &["answer-accuracy"], Share(95)),
        item("full information about the matter", &["plain-language", "next-steps"], Always),
        item("doubts cleared up", &["plain-language"], Always),
        item("an understandable way of speaking", &["plain-language"], Always),
        item("politeness and kindness", &["form-of-address"], Always),
        item("help in getting the matter settled", &["plain-language", "ownership"], Always),
        // Timeliness
        item("waiting time before being served", &["queue-time"], wait),
        item("speed of service at the counter", &["settle-at-once", "transaction-time"], Always),
        item("information about when the matter will be settled", &["deadline-information"], Always),
        item("that deadline kept", &["decision-time"], Always),
        // Reliability
        item("objectivity", &["impartiality"], Always),
        item("compliance with the law", &["impartiality"], Always),
        item("transparency of how the matter was settled", &["impartiality"], Always),
        item("care and diligence", &["record-accuracy"], Always),
    ]
}

#[test]
fn the_public_office_template_derives_22_of_the_24_items_of_a_real_satisfaction_form() {
    let set = derived(ServiceLevel::Expected);
    let items = checklist();
    let missed = missed(&set, &items);
    // Where the building stands and how many parking spaces it has are
    // the premises, not a standard of service.
    assert_eq!(missed, ["location of the office", "parking spaces"]);
    assert_eq!((items.len() - missed.len(), items.len()), (22, 24));
}

/// The steps where the law sets the time or the duty.
const LEGAL: [&str; 8] = [
    "proceedings/filing/route-to-unit",
    "proceedings/examination/delay-notice",
    "proceedings/outcome/issue-decision",
    "proceedings/outcome/appeal",
    "certificate/issue/issue-certificate",
    "collection/pick-up/verify-and-hand-over",
    "remote/public-information/public-info-request",
    "complaint/complaint/file-complaint",
];

/// "95 % of decisions within a month" is no standard: no share of cases
/// at any step whose time or duty the law sets, at any level, and each
/// kind of case keeps its own legal time: a decision in one month (two if
/// complicated), a certificate in 7 days, public information in 14, a
/// complaint in a month, a passport in 30 days; never one "reply within 14
/// days" for all.
#[test]
fn legal_deadlines_allow_no_share_and_each_keeps_its_own_time() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        for path in LEGAL {
            let shares: Vec<_> = at(&set, path)
                .into_iter()
                .filter(|(_, _, t)| matches!(t, Target::Share(_) | Target::ShareWithin { .. }))
                .collect();
            assert_eq!(shares, [], "{level} {path}");
        }
        assert_eq!(
            of(&set, "proceedings/outcome/issue-decision", "decision-time"),
            Some(("decision-in-time".to_owned(), Target::Always)),
            "{level}"
        );
        assert_eq!(
            of(&set, "proceedings/examination/delay-notice", "delay-notice"),
            Some(("delay-notice".to_owned(), Target::Always)),
            "{level}"
        );
        assert_eq!(
            of(&set, "proceedings/filing/route-to-unit", "forwarding"),
            Some(("forwarded-at-once".to_owned(), Target::Always)),
            "{level}"
        );
        assert_eq!(
            of(&set, "proceedings/outcome/appeal", "complaint-resolution"),
            Some(("appeal-in-a-month".to_owned(), Target::Always)),
            "{level}"
        );
    }
    let basic = derived(ServiceLevel::Basic);
    let times: Vec<(String, Target)> = [
        ("certificate/issue/issue-certificate", "decision-time"),
        ("remote/public-information/public-info-request", "public-information"),
        ("complaint/complaint/file-complaint", "complaint-resolution"),
        ("collection/pick-up/verify-and-hand-over", "document-ready"),
    ]
    .into_iter()
    .filter_map(|(path, concern)| of(&basic, path, concern))
    .collect();
    assert_eq!(
        times,
        [
            ("certificate-in-7-days".to_owned(), days(7)),
            ("public-information-in-14-days".to_owned(), days(14)),
            ("complaint-in-a-month".to_owned(), days(30)),
            ("passport-in-30-days".to_owned(), days(30)),
        ]
    );
    let passport = office().rules().rule("passport-in-30-days").unwrap().template().statement().to_string();
    assert!(passport.ends_with("has no urgent track, so promise none"), "{passport}");
}

/// An office sells nothing, gives no discount and settles no complaint
/// with money: no amount a clerk may pay out, no sales rule, and the
/// catalogue's empowerment to settle on the spot is replaced by its
/// opposite.
#[test]
fn nothing_is_sold_discounted_or_paid_to_settle_a_complaint() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let amounts: Vec<String> = set
            .iter()
            .map(|s| (s.rule().to_string(), s.target()))
            .chain(set.policies().iter().map(|p| (p.standard().rule().to_string(), p.standard().target())))
            .filter(|(_, t)| matches!(t, Target::UpTo(_)))
            .map(|(r, _)| r)
            .collect();
        assert_eq!(amounts, Vec::<String>::new(), "{level}");
        let concerns: Vec<String> = set.iter().map(|s| s.concern().to_string()).collect();
        for selling in ["reordering", "no-selling-in-complaints", "surprise", "recognition", "preferences"] {
            assert!(!concerns.contains(&selling.to_owned()), "{level}: {selling}");
        }
        let empowerment: Vec<(String, Target)> = set
            .policies()
            .iter()
            .filter(|p| p.standard().concern().as_str() == "empowerment")
            .map(|p| (p.standard().rule().to_string(), p.standard().target()))
            .collect();
        assert_eq!(
            empowerment,
            [
                ("no-goodwill-payments".to_owned(), Target::Never),
                ("no-goodwill-payments".to_owned(), Target::Never),
            ],
            "{level}"
        );
    }
}

/// A greeting is timed at the information point only; at a counter the
/// applicant was called to, the clerk greets and says their name, with no
/// clock and no "eye contact from 3 metres" across the hall; and no
/// familiarity: the applicant's name is not a standard to use.
#[test]
fn a_greeting_is_timed_at_the_information_point_only() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let greetings: Vec<(String, String, Target)> = set
            .iter()
            .filter(|s| ["greeting-on-arrival", "acknowledge-approach"].contains(&s.concern().as_str()))
            .filter(|s| !matches!(s.target(), Target::Always))
            .map(|s| (s.step().to_string(), s.concern().to_string(), s.target()))
            .collect();
        let steps: Vec<&str> = greetings.iter().map(|(p, _, _)| p.as_str()).collect();
        assert_eq!(steps, ["visit/arrival/enter-and-orient", "visit/arrival/enter-and-orient"], "{level}");
        for path in ["visit/counter/greet-identify", "collection/pick-up/verify-and-hand-over"] {
            assert_eq!(
                of(&set, path, "greeting-on-arrival"),
                Some(("greet-and-introduce".to_owned(), Target::Always)),
                "{level} {path}"
            );
            assert_eq!(of(&set, path, "acknowledge-approach"), None, "{level} {path}");
        }
        let concerns: Vec<String> = set.iter().map(|s| s.concern().to_string()).collect();
        for familiar in ["use-of-name", "personal-touch", "personal-memory"] {
            assert!(!concerns.contains(&familiar.to_owned()), "{level}: {familiar}");
        }
    }
}

/// The queue is fair and open to walk-ins: a booked visit does not shut
/// out the applicant who comes without one, priority is only what the law
/// or the published rules give, and the queue's wait is the one share of
/// the visit.
#[test]
fn the_hall_serves_walk_ins_in_turn() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let hall = "visit/waiting/wait-for-call";
        assert_eq!(
            of(&set, hall, "walk-in-service"),
            Some(("walk-in-still-served".to_owned(), Target::Always)),
            "{level}"
        );
        assert_eq!(of(&set, hall, "queue-time").map(|(r, _)| r), Some("walk-in-wait".to_owned()), "{level}");
    }
    let wait = office().rules().rule("walk-in-wait").unwrap().template().statement().to_string();
    assert!(wait.ends_with("give priority only as the law or the published rules allow"), "{wait}");
}

/// Seats and a children's corner, not a welcome drink: below the
/// exclusive level no refreshment or drink is offered anywhere, and the
/// hall's comfort is its seats.
#[test]
fn no_hospitality_borrowed_from_a_hotel() {
    for level in [ServiceLevel::Basic, ServiceLevel::Expected] {
        let set = derived(level);
        let comfort: Vec<String> = set
            .iter()
            .filter(|s| ["waiting-comfort", "refreshment", "surprise"].contains(&s.concern().as_str()))
            .map(|s| format!("{} {}", s.step(), s.rule()))
            .collect();
        assert_eq!(comfort, ["visit/waiting/wait-for-call comfortable-waiting-area"], "{level}");
    }
}

/// A sign-language interpreter is a legal duty with 3 working days'
/// notice; one at once, without notice, is the exclusive gesture.
#[test]
fn an_interpreter_at_once_is_a_gesture_and_the_duty_keeps_its_notice() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let request = "remote/interpreter/interpreter-request";
        assert_eq!(
            of(&set, request, "interpreter"),
            Some(("sign-language-interpreter".to_owned(), Target::Always)),
            "{level}"
        );
        assert_eq!(
            of(&set, request, "interpreter-at-once"),
            (level == ServiceLevel::Exclusive)
                .then(|| ("remote-interpreter-at-once".to_owned(), Target::Always)),
            "{level}"
        );
    }
    let duty = office().rules().rule("sign-language-interpreter").unwrap().template().statement().to_string();
    assert!(duty.contains("in the notice the law sets before"), "{duty}");
}

#[test]
fn every_critical_rule_of_the_public_office_says_where_it_comes_from_and_allows_no_defect() {
    let critical: Vec<&str> =
        office().rules().rules().filter(|r| r.is_critical()).map(|r| r.id().as_str()).collect();
    assert_eq!(
        critical,
        [
            "accessibility-minimum",
            "appeal-in-a-month",
            "certificate-in-7-days",
            "complaint-in-a-month",
            "decision-in-time",
            "delay-notice",
            "discretion-at-counter",
            "documents-to-the-holder-only",
            "forwarded-at-once",
            "passport-in-30-days",
            "public-information-in-14-days",
            "sign-language-interpreter",
            "simple-case-at-once",
        ]
    );
    for rule in office().rules().rules() {
        assert!(rule.source().is_some_and(|s| s.len() > 10), "{}", rule.id());
        assert!(rule.template().statement_in(Locale::Polish).is_some(), "{}", rule.id());
        if rule.is_critical() {
            for &level in ServiceLevel::ALL {
                let target = rule.template().targets().get(level);
                assert!(
                    !matches!(target, Some(Target::Share(_) | Target::ShareWithin { .. })),
                    "{} {level}: {target:?}",
                    rule.id()
                );
            }
        }
    }
    let gestures: Vec<&str> = office()
        .rules()
        .rules()
        .filter(|r| office().is_gesture(r.id().as_str()))
        .map(|r| r.id().as_str())
        .collect();
    assert_eq!(
        gestures,
        [
            "case-status-online",
            "childrens-corner",
            "clerk-comes-out",
            "forms-filled-for-them",
            "officer-calls-when-ready",
            "record-requested-for-them",
            "remote-interpreter-at-once",
            "saturday-openings",
            "ticket-on-the-phone",
        ]
    );
    assert_eq!(office().rules().rules().count(), 35);
    assert_eq!(office().check(template()), []);
}
