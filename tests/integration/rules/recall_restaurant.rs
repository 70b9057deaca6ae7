//! The restaurant pack against a real checklist and the trade's traps
//! (`research/trades/restaurant.md`, sections 6 and 7).
//!
//! Recall: the items of a public audit of a restaurant server (PopProbe,
//! "Service Standard – Restaurant Server",
//! https://popprobe.com/checklists/food-hospitality/food-and-beverage/service-standard-restaurant-server),
//! each stated as the topic (the concerns a standard on it would have) and
//! the target a restaurant manager would audit, counted as derived when the
//! restaurant template's expected set has a standard or a policy of that
//! topic with that target or a stricter one.
//!
//! The one miss: no standard makes the server answer questions about the
//! venue itself (the menu only), and item 6 (current promotions mentioned)
//! is counted by its concern, shared with the pairings and the dessert
//! offered, though no standard names a promotion: read as a manager would,
//! 20 of 22. Five of the pack's rules (the table asked whether it is ready
//! to order as the drinks come, pairings suggested, dessert offered,
//! dessert timed, plates cleared and the table tidied) were written with
//! this checklist in view, as the steps of service every restaurant
//! handbook teaches: this figure is a ceiling, not a held-out measurement.

use service_standards::prelude::*;

use super::checklist::{Item, at, item, missed, of};

fn restaurant() -> &'static Pack {
    Pack::builtin("restaurant").unwrap()
}

fn template() -> &'static ServiceModel {
    restaurant().template().unwrap()
}

/// The checklist, item by item, in our own words.
fn checklist() -> Vec<Item> {
    use Target::{Always, AtLeast, Share};
    let mins = Target::within_mins;
    vec![
        item("1 server at the table within 2 minutes of seating", &["first-approach"], mins(2)),
        // Items 2 to 4 are the first approach of item 1, timed by it.
        item("2 that first approach made with a smile and eye contact", &["first-approach"], mins(2)),
        item("3 server speaks first, with a warm welcome", &["first-approach"], mins(2)),
        item("4 water or a drink offered at the first greeting", &["first-approach"], mins(2)),
        item("5 server answers basic questions about the venue", &["answer-accuracy"], Share(90)),
        item("6 current food promotions mentioned", &["relevant-offers"], Always),
        item("7 asked whether ready to order when the drinks arrive", &["ready-to-order"], Always),
        item(
            "8 server knows the menu, how dishes are made, vegetarian dishes and allergens",
            &["menu-knowledge"],
            Always,
        ),
        item("9 relevant questions asked, such as cooking degree or sides", &["needs-discovery"], AtLeast(1)),
        item("10 items suggested that go with the order", &["relevant-offers"], Always),
        item("11 starter within 10 minutes of ordering", &["punctuality"], mins(10)),
        // Judged per visit; a manager audits the share of visits.
        item(
            "12 main course placed right, in sequence, without asking whose dish is whose",
            &["delivery-accuracy"],
            Share(95),
        ),
        item(
            "13 main course within 15 minutes of the starter, or the guest told of the delay",
            &["punctuality", "delay-notice"],
            mins(15),
        ),
        item(
            "14 plates removed as each guest finishes, table cleared once all have",
            &["table-clearing"],
            Always,
        ),
        item("15 dessert offered", &["relevant-offers"], Always),
        item("16 dessert within 10 minutes of ordering, as ordered", &["dessert-timing"], mins(10)),
        item("17 dessert plates removed and the table tidied", &["table-clearing"], Always),
        item("18 bill in a clean folder within 3 minutes", &["bill-on-request"], mins(3)),
        item("19 bill correctly totalled and itemised", &["invoice-accuracy", "invoice-clarity"], Always),
        item("20 payment collected within 3 minutes", &["payment-at-table"], mins(3)),
        item("21 staff well groomed, in uniform, with a name tag", &["staff-appearance"], Always),
        item(
            "22 staff courteous and articulate, anticipating needs",
            &["tone-of-voice", "form-of-address", "anticipation"],
            Always,
        ),
    ]
}

#[test]
fn the_restaurant_template_derives_21_of_the_22_items_of_a_real_server_audit() {
    let set = derived(ServiceLevel::Expected);
    let items = checklist();
    let missed = missed(&set, &items);
    assert_eq!(missed, ["5 server answers basic questions about the venue"]);
    assert_eq!((items.len() - missed.len(), items.len()), (21, 22));
    // Items 2 to 4, 13 and 22 are said in the standards that derive them.
    let statement =
        |rule: &str| set.iter().find(|s| s.rule().as_str() == rule).unwrap().statement().to_owned();
    assert_eq!(
        statement("first-approach"),
        "Come to the table within 2 minutes of the guests being seated, speak first with a smile, and offer water or a drink"
    );
    assert_eq!(
        statement("course-timing"),
        "Serve the starter within 10 minutes of the order, and the main course within 15 minutes of the starter once its plates are cleared, never while guests are still eating"
    );
    // Items 10 and 15 are two standards of one concern; item 6 (the
    // promotions) is counted by that concern although neither names a
    // promotion: read as a manager would, 20 of 22. Items 14 and 17 are one.
    assert_eq!(
        statement("suggest-pairings"),
        "When taking the order, suggest a side or a drink that goes with each choice"
    );
    assert_eq!(
        statement("offer-dessert"),
        "Once the main course is cleared, offer the dessert menu and coffee"
    );
    assert_eq!(
        statement("table-clearing"),
        "Clear the plates once the guests have finished each course, and tidy the table (crumbs, empty glasses, used cutlery) before the next course and after dessert"
    );
    assert_eq!(
        statement("warm-even-voice"),
        "Speak to every guest at a calm pace, in an even tone that stays the same when you are busy or they are upset"
    );
}

/// The statement of the standard of `concern` at `path`.
fn statement(set: &StandardSet, path: &str, concern: &str) -> String {
    let path: StepPath = path.parse().unwrap();
    set.at_step(&path).find(|s| s.concern().as_str() == concern).unwrap().statement().to_owned()
}

fn derived(level: ServiceLevel) -> StandardSet {
    RuleSet::catalogue().derive(template(), level)
}

fn always(rule: &str) -> Option<(String, Target)> {
    Some((rule.to_owned(), Target::Always))
}

/// A greeting is timed at the door and at the takeaway counter, where a
/// guest walks up, and nowhere else; the bill is timed
/// from the guest asking for it, never brought before.
#[test]
fn a_greeting_is_timed_only_at_the_door_and_the_bill_from_the_guest_asking() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let greeted: Vec<String> = set
            .iter()
            .filter(|s| s.concern().as_str() == "greeting-on-arrival")
            .map(|s| s.step().to_string())
            .collect();
        assert_eq!(greeted, ["meal/arrival/greet-at-door", "takeaway/counter/order-and-pay"], "{level}");
        let bill = "meal/settlement/present-bill";
        let asked = match level {
            ServiceLevel::Basic => 5,
            ServiceLevel::Expected => 3,
            _ => 1,
        };
        assert_eq!(
            of(&set, bill, "bill-on-request"),
            Some(("bill-presented".to_owned(), Target::within_mins(asked))),
            "{level}"
        );
        assert!(
            statement(&set, bill, "bill-on-request").ends_with("of the guest asking for it, never before")
        );
        for concern in ["acknowledge-approach", "first-approach", "acknowledge-waiting"] {
            assert_eq!(of(&set, bill, concern), None, "{level}: {concern}");
        }
    }
}

/// Allergens are zero defects: the allergen information, the question at
/// every table and the allergy on the kitchen ticket are every time,
/// critical, at any level; no share of cases at the allergy check, and no
/// ingredient label demanded of a plated dish.
#[test]
fn allergens_allow_no_share_of_defects_and_no_label_on_a_plate() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let check = "meal/ordering/allergy-check";
        let shares: Vec<_> = at(&set, check)
            .into_iter()
            .filter(|(_, _, t)| matches!(t, Target::Share(_) | Target::ShareWithin { .. }))
            .collect();
        assert_eq!(shares, [], "{level}");
        // The allergen information itself is kept current by the business
        // (a policy), not stated at the step.
        assert!(
            set.policies().iter().any(|p| p.standard().rule().as_str() == "allergen-information"
                && p.standard().target() == Target::Always),
            "{level}"
        );
        assert_eq!(of(&set, check, "allergy-question"), always("allergy-question-asked"), "{level}");
        assert_eq!(
            of(&set, "meal/ordering/take-order", "allergy-to-kitchen"),
            always("allergy-passed-to-kitchen"),
            "{level}"
        );
        assert!(set.iter().all(|s| !s.statement().contains("label")), "{level}");
    }
    let critical: Vec<&str> = restaurant()
        .rules()
        .rules()
        .filter(|r| r.is_critical() && r.id().as_str().starts_with("allerg"))
        .map(|r| r.id().as_str())
        .collect();
    assert_eq!(
        critical,
        [
            "allergen-information",
            "allergy-passed-to-kitchen",
            "allergy-question-asked",
            "allergy-question-at-the-counter"
        ]
    );
}

/// Faster is not better: the main course comes after the starter plates
/// are cleared, never while guests eat; the check-back is once, within
/// minutes, then watching without hovering, never a repeated visit.
#[test]
fn courses_are_paced_and_the_check_back_is_once() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let courses = "meal/service/serve-courses";
        let starter = if level == ServiceLevel::Basic { 15 } else { 10 };
        assert_eq!(
            of(&set, courses, "punctuality"),
            Some(("course-timing".to_owned(), Target::within_mins(starter))),
            "{level}"
        );
        assert!(
            statement(&set, courses, "punctuality")
                .ends_with("once its plates are cleared, never while guests are still eating"),
            "{level}"
        );
        let back = "meal/service/check-back";
        let within = if level == ServiceLevel::Basic { 5 } else { 2 };
        let mut want = vec![
            ("relevant-offers".to_owned(), "offer-dessert".to_owned(), Target::Always),
            ("waiting-comfort".to_owned(), "quality-check-back".to_owned(), Target::within_mins(within)),
            ("table-clearing".to_owned(), "table-clearing".to_owned(), Target::Always),
        ];
        // The exclusive level offers a comfort before the guest asks.
        if level == ServiceLevel::Exclusive {
            want.insert(
                0,
                ("comfort-before-asked".to_owned(), "comfort-before-asked".to_owned(), Target::Always),
            );
        }
        assert_eq!(at(&set, back), want, "{level}");
        assert!(statement(&set, back, "waiting-comfort").ends_with("then watch without hovering"));
    }
}

/// The card stays in the guest's sight: the terminal comes to the table at
/// every level; and the prices at the door cite the laws that apply (the
/// UK's CPRs 2008, Ireland's 1984 order), not the replaced 2003 order.
#[test]
fn the_card_never_leaves_the_table_and_prices_cite_the_laws_that_apply() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let pay = "meal/settlement/take-payment";
        assert_eq!(of(&set, pay, "payment-at-table").map(|(r, _)| r).as_deref(), Some("payment-at-table"));
        assert!(
            statement(&set, pay, "payment-at-table")
                .contains("the card terminal brought to the guest so the card never leaves their sight"),
            "{level}"
        );
        assert_eq!(
            of(&set, "meal/arrival/greet-at-door", "price-display"),
            always("prices-displayed-at-entrance"),
            "{level}"
        );
    }
    let prices =
        restaurant().rules().rules().find(|r| r.id().as_str() == "prices-displayed-at-entrance").unwrap();
    assert!(prices.is_critical());
    let source = prices.source().unwrap();
    assert!(source.contains("Display Order 1984") && source.contains("Regulations 2008"), "{source}");
    assert!(!source.contains("2003"), "{source}");
}

/// A course announced late is no queue: the server tells the table, and
/// none of the queue's rules (first come first served, a forecast, an
/// estimate every few minutes, acknowledging a waiting guest) stands there.
#[test]
fn a_late_course_announced_at_the_table_gets_no_queue_rules() {
    let queue = ["queue-fairness", "wait-forecast-accuracy", "queue-information", "acknowledge-waiting"];
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let concerns: Vec<String> =
            at(&set, "meal/service/announce-delay").into_iter().map(|(c, _, _)| c).collect();
        assert!(concerns.contains(&"delay-notice".to_owned()), "{level}: {concerns:?}");
        assert!(concerns.iter().all(|c| !queue.contains(&c.as_str())), "{level}: {concerns:?}");
    }
}
