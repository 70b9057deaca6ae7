//! The workshop pack against a real checklist and the trade's traps
//! (`research/trades/workshop.md`, sections 6 and 7).
//!
//! Recall: the items of a public dealer after-sales audit (SafetyCulture,
//! "Service process health check",
//! https://public-library.safetyculture.io/products/service-process-health-check-cv,
//! section 1, items 1.1 to 1.11 as stored), each stated as the topic (the
//! concerns a standard on it would have) and the target a service manager
//! would audit, counted as derived when the workshop template's expected
//! set has a standard or a policy of that topic with that target or a
//! stricter one.

use std::time::Duration;

use service_standards::prelude::*;

use super::checklist::{Item, at, item, missed, of};

fn workshop() -> &'static Pack {
    Pack::builtin("workshop").unwrap()
}

fn template() -> &'static ServiceModel {
    workshop().template().unwrap()
}

/// The checklist, item by item, in our own words.
fn checklist() -> Vec<Item> {
    use Target::{Always, WithinRings};
    vec![
        item(
            "phone picked up by the 3rd ring at the latest, with the dealer, the location and the name",
            &["speed-of-answer"],
            WithinRings(3),
        ),
        item("registration entered to pull up the car and its history", &["record-lookup"], Always),
        item(
            "customer and vehicle details checked and the missing ones completed",
            &["record-lookup"],
            Always,
        ),
        item("a file opened at first contact for a new customer and car", &["record-lookup"], Always),
        item("concerns described by the customer and recorded as stated", &["fault-description"], Always),
        item(
            "fault questioned with the pre-diagnosis sheet, service type recorded",
            &["needs-discovery"],
            Always,
        ),
        item("history discussed, repeat repairs recorded", &["vehicle-history"], Always),
        item("time and cost of a pre-diagnosis told", &["diagnosis-cost"], Always),
        item(
            "seasonal packs, valeting or service contracts offered where appropriate",
            &["relevant-offers"],
            Always,
        ),
        item("time and cost estimate given and recorded", &["price-transparency"], Always),
        item("repair order opened", &["order-authorisation"], Always),
    ]
}

#[test]
fn the_workshop_template_derives_the_11_items_of_a_real_dealer_service_audit() {
    let set = RuleSet::catalogue().derive(template(), ServiceLevel::Expected);
    let items = checklist();
    let missed = missed(&set, &items);
    assert_eq!(missed, Vec::<&str>::new());
    assert_eq!((items.len() - missed.len(), items.len()), (11, 11));
    // Item 1's greeting, with the garage, its location and the name, is said in the same standard.
    let set = RuleSet::catalogue().derive(template(), ServiceLevel::Expected);
    let answer = set.iter().find(|s| s.rule().as_str() == "phone-answered-quickly").unwrap();
    assert_eq!(
        answer.statement(),
        "Answer every call to the workshop within 3 rings, with the name of the workshop, its location and your first and last name"
    );
}

/// The second real form the notes name, a "Service Reception Audit"
/// (http://www.vbaexpress.com/forum/showthread.php?p=301947&viewfull=1),
/// six items.
#[test]
fn the_workshop_template_derives_the_6_items_of_a_service_reception_audit() {
    use Target::Always;
    let items = [
        item("customer and vehicle details complete", &["record-lookup"], Always),
        item("customer signature on the repair order", &["order-authorisation"], Always),
        item("concerns recorded clearly", &["fault-description"], Always),
        item("additional work individually referenced and authorised", &["extra-work-approval"], Always),
        item("warranty and recall status checked", &["vehicle-history"], Always),
        item("repeat repair flagged", &["vehicle-history"], Always),
    ];
    let set = RuleSet::catalogue().derive(template(), ServiceLevel::Expected);
    assert_eq!(missed(&set, &items), Vec::<&str>::new());
    assert_eq!(items.len(), 6);
}

fn derived(level: ServiceLevel) -> StandardSet {
    RuleSet::catalogue().derive(template(), level)
}

fn always(rule: &str) -> Option<(String, Target)> {
    Some((rule.to_owned(), Target::Always))
}

/// Where the car, its keys, the parts, the signed order, the approval of
/// extra work or the invoice change hands: every time, never a share of
/// cases, at any level.
const SERIOUS: [&str; 8] = [
    "drop-off/arrival/walk-round",
    "drop-off/agreement/sign-repair-order",
    "drop-off/agreement/take-keys",
    "repair/approval/request-extra-approval",
    "collection/hand-back/explain-work-and-invoice",
    "collection/hand-back/return-replaced-parts",
    "collection/hand-back/hand-over-car",
    "collection/parts-store/keep-uncollected-parts",
];

/// "95 % of extra work approved", "90 % of parts returned", "98 % of
/// invoices match the estimate": none of these; each is every time.
#[test]
fn approval_parts_and_invoice_allow_no_share_of_defects() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        for path in SERIOUS {
            let shares: Vec<_> = at(&set, path)
                .into_iter()
                .filter(|(_, _, t)| matches!(t, Target::Share(_) | Target::ShareWithin { .. }))
                .collect();
            assert_eq!(shares, [], "{level} {path}");
        }
        let pairs = [
            ("drop-off/arrival/walk-round", "vehicle-condition", "walk-round-recorded"),
            ("drop-off/agreement/explain-and-estimate", "price-transparency", "written-estimate-before-work"),
            ("drop-off/agreement/sign-repair-order", "order-authorisation", "signed-repair-order"),
            ("drop-off/agreement/take-keys", "safekeeping", "keys-and-valuables"),
            ("repair/approval/request-extra-approval", "extra-work-approval", "approval-before-extra-work"),
            ("collection/hand-back/explain-work-and-invoice", "invoice-accuracy", "invoice-within-estimate"),
            ("collection/hand-back/explain-work-and-invoice", "invoice-clarity", "invoice-itemised"),
            ("collection/hand-back/return-replaced-parts", "replaced-parts", "replaced-parts-returned"),
            ("collection/parts-store/keep-uncollected-parts", "safekeeping", "parts-kept-after-collection"),
        ];
        for (path, concern, rule) in pairs {
            assert_eq!(of(&set, path, concern), always(rule), "{level} {path}");
        }
    }
}

/// "Do it anyway, it's essential": the repair in the bay is no contact and
/// gets only the care of the car; work beyond the order waits for the
/// customer's recorded approval, asked within hours, never minutes of a
/// greeting nor days of a letter.
#[test]
fn extra_work_waits_for_the_customers_approval_even_when_essential() {
    let hours = |h: u64| Target::Within(Duration::from_secs(h * 3_600));
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        assert_eq!(
            at(&set, "repair/work/diagnose-and-repair"),
            [("vehicle-care".to_owned(), "interior-protected".to_owned(), Target::Always)],
            "{level}"
        );
        assert_eq!(at(&set, "repair/work/quality-check"), [], "{level}");
        let request = "repair/approval/request-extra-approval";
        assert_eq!(of(&set, request, "extra-work-approval"), always("approval-before-extra-work"));
        let prompt = match level {
            ServiceLevel::Basic => hours(2),
            ServiceLevel::Expected => hours(1),
            _ => Target::within_mins(30),
        };
        assert_eq!(
            of(&set, request, "extra-work-contact"),
            Some(("extra-work-asked-promptly".to_owned(), prompt))
        );
        assert_eq!(of(&set, request, "recommendation-honesty"), always("urgent-work-told-apart"));
        for concern in ["greeting-on-arrival", "empowerment", "surprise", "relevant-offers"] {
            assert_eq!(of(&set, request, concern), None, "{level}: {concern}");
        }
    }
}

/// Upselling is no service: packs and contracts are offered once, at the
/// estimate after the needed work, never at hand-back, in a delay or in a
/// complaint, where selling is ruled out.
#[test]
fn offers_come_only_with_the_estimate_and_never_in_a_delay_or_a_complaint() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let offered: Vec<String> = set
            .iter()
            .filter(|s| s.concern().as_str() == "relevant-offers")
            .map(|s| s.step().to_string())
            .collect();
        assert_eq!(offered, ["drop-off/agreement/explain-and-estimate"], "{level}");
        assert_eq!(
            of(&set, "repair/delay/delay-notice", "no-selling-in-disruptions"),
            Some(("no-selling-during-disruptions".to_owned(), Target::Never))
        );
        assert_eq!(
            of(&set, "complaint/intake/receive-complaint", "no-selling-in-complaints"),
            Some(("no-selling-during-complaints".to_owned(), Target::Never)),
            "{level}"
        );
        assert_eq!(
            of(&set, "repair/delay/delay-notice", "disruption-notice"),
            always("delay-told-before-the-time")
        );
    }
}

/// A greeting is timed where someone walks into reception, at drop-off and
/// at collection, and nowhere else: not on the booking call, not on the
/// approval call, not at the hand-over of the car.
#[test]
fn a_greeting_is_timed_only_at_the_reception_desk() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let greeted: Vec<String> = set
            .iter()
            .filter(|s| s.concern().as_str() == "greeting-on-arrival")
            .map(|s| s.step().to_string())
            .collect();
        assert_eq!(
            greeted,
            ["drop-off/arrival/greet-at-reception", "collection/hand-back/greet-on-return"],
            "{level}"
        );
    }
    let days = |n: u64| Target::Within(Duration::from_secs(n * 86_400));
    let expected = derived(ServiceLevel::Expected);
    assert_eq!(
        of(&expected, "after-care/follow-up/satisfaction-call", "follow-up-call"),
        Some(("satisfaction-checked".to_owned(), days(3)))
    );
    assert_eq!(
        of(&expected, "booking/contact/answer-booking-call", "speed-of-answer"),
        Some(("phone-answered-quickly".to_owned(), Target::WithinRings(3)))
    );
}

/// No range on the work ("repair between 2 and 4 hours"), no coffee in place of an
/// estimate, no goodwill sum where an invoice exceeds the estimate, and
/// the car and keys only to the customer or someone they named.
#[test]
fn no_range_no_hospitality_no_goodwill_sum_and_the_car_only_to_its_owner() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let ranges: Vec<String> = set
            .iter()
            .filter(|s| matches!(s.target(), Target::Between { .. }))
            .map(|s| s.rule().to_string())
            .collect();
        // The one range is the check after a solved complaint (3 to 5 days),
        // a gesture of the exclusive level.
        let check_back: &[&str] =
            if level == ServiceLevel::Exclusive { &["check-back-after-solving"] } else { &[] };
        assert_eq!(ranges, check_back, "{level}");
        let rules: Vec<&str> = set.iter().map(|s| s.rule().as_str()).collect();
        for rule in ["comfortable-waiting-area", "hospitality-offer", "refreshment-while-waiting"] {
            assert!(!rules.contains(&rule), "{level}: {rule}");
        }
        for path in SERIOUS {
            let sums: Vec<_> =
                at(&set, path).into_iter().filter(|(_, _, t)| matches!(t, Target::UpTo(_))).collect();
            assert_eq!(sums, [], "{level} {path}");
        }
        let car = "collection/hand-back/hand-over-car";
        assert_eq!(of(&set, car, "handover-identity"), always("car-to-the-owner-only"), "{level}");
        assert_eq!(of(&set, car, "delivery-accuracy"), always("check-before-handing-over"), "{level}");
        assert_eq!(
            of(&set, "collection/hand-back/explain-work-and-invoice", "service-record"),
            always("service-book-honest"),
            "{level}"
        );
    }
}

#[test]
fn every_critical_rule_of_the_workshop_says_where_it_comes_from_and_allows_no_defect() {
    let critical: Vec<&Rule> = workshop().rules().rules().filter(|r| r.is_critical()).collect();
    let ids: Vec<&str> = critical.iter().map(|r| r.id().as_str()).collect();
    assert_eq!(
        ids,
        [
            "approval-before-extra-work",
            "car-to-the-owner-only",
            "invoice-itemised",
            "invoice-within-estimate",
            "keys-and-valuables",
            "parts-kept-after-collection",
            "replaced-parts-returned",
            "service-book-honest",
            "signed-repair-order",
            "walk-round-recorded",
            "written-estimate-before-work",
        ]
    );
    for rule in &critical {
        for &level in ServiceLevel::ALL {
            assert_eq!(rule.template().targets().get(level), Some(Target::Always), "{} {level}", rule.id());
        }
    }
    for rule in workshop().rules().rules() {
        assert!(rule.source().is_some_and(|s| s.len() > 10), "{}", rule.id());
        assert!(rule.template().statement_in(Locale::Polish).is_some(), "{}", rule.id());
    }
    let gestures: Vec<&str> = workshop()
        .rules()
        .rules()
        .filter(|r| workshop().is_gesture(r.id().as_str()))
        .map(|r| r.id().as_str())
        .collect();
    assert_eq!(
        gestures,
        [
            "car-protected-settings-kept",
            "car-returned-clean",
            "defect-shown-in-a-video",
            "fixed-price-at-booking",
            "invoice-with-next-service",
            "mobility-offered",
            "parts-on-a-tray",
            "technician-calls-back",
        ]
    );
    assert_eq!(workshop().check(template()), []);
    assert_eq!(workshop().noun(Locale::Polish, Noun::Order), "zlecenie");
    assert_eq!(workshop().noun(Locale::English, Noun::Bill), "invoice");
}
