//! The shop pack's own rules: each critical one lands on the template step
//! it is for, with its target at every level, and the traps of the trade
//! (a refund charged like a sale, an upsell made a duty, shop-floor rules
//! on the phone) stay out.

use service_standards::prelude::*;

fn shop() -> &'static Pack {
    Pack::builtin("shop").unwrap()
}

fn template() -> ServiceModel {
    shop().template().unwrap().clone()
}

/// Where `rule` lands in `set`: each step with its target.
fn landing(set: &StandardSet, rule: &str) -> Vec<(String, Target)> {
    set.iter().filter(|s| s.rule().as_str() == rule).map(|s| (s.step().to_string(), s.target())).collect()
}

#[test]
fn each_critical_rule_lands_on_its_template_step_every_time() {
    let critical: Vec<&str> =
        shop().rules().rules().filter(|r| r.is_critical()).map(|r| r.id().as_str()).collect();
    assert_eq!(
        critical,
        [
            "cash-and-change",
            "escape-routes-clear",
            "faulty-goods-remedy",
            "price-charged-equals-shown",
            "price-shown",
            "reduction-shows-prior-price",
            "refund-to-means-of-payment",
        ]
    );
    let model = template();
    for &level in ServiceLevel::ALL {
        let set = RuleSet::catalogue().derive(&model, level);
        let at = |step: &str| vec![(step.to_owned(), Target::Always)];
        // The price labels are the whole shop's duty: a business policy,
        // stated once, not a task of the greeting.
        for rule in ["price-shown", "reduction-shows-prior-price"] {
            assert_eq!(landing(&set, rule), [], "{level}");
            let policy: Vec<(Option<&str>, Target)> = set
                .policies()
                .iter()
                .filter(|p| p.standard().rule().as_str() == rule)
                .map(|p| (p.department().map(Id::as_str), p.standard().target()))
                .collect();
            assert_eq!(policy, [(None, Target::Always)], "{level} {rule}");
        }
        assert_eq!(landing(&set, "price-charged-equals-shown"), at("visit/till/pay"), "{level}");
        assert_eq!(landing(&set, "cash-and-change"), at("visit/till/pay"), "{level}");
        assert_eq!(landing(&set, "faulty-goods-remedy"), at("returns/return/return-goods"), "{level}");
        assert_eq!(landing(&set, "refund-to-means-of-payment"), at("returns/return/refund"), "{level}");
        let exits: Vec<(Option<&str>, Target)> = set
            .policies()
            .iter()
            .filter(|p| p.standard().rule().as_str() == "escape-routes-clear")
            .map(|p| (p.department().map(Id::as_str), p.standard().target()))
            .collect();
        assert_eq!(exits, [(None, Target::Never)], "{level}");
    }
}

#[test]
fn a_refund_is_not_charged_like_a_sale_and_a_sale_not_refunded() {
    // The till's duties (the shelf price, the change) stay at the sale; the
    // refund to the way the customer paid stays at the returns counter.
    let set = RuleSet::catalogue().derive(&template(), ServiceLevel::Expected);
    let at_refund: Vec<&str> = set
        .iter()
        .filter(|s| s.step().to_string() == "returns/return/refund")
        .map(|s| s.rule().as_str())
        .filter(|r| shop().rules().rule(r).is_some())
        .collect();
    assert_eq!(at_refund, ["refund-to-means-of-payment"]);
    let at_pay: Vec<&str> = set
        .iter()
        .filter(|s| s.step().to_string() == "visit/till/pay")
        .map(|s| s.rule().as_str())
        .filter(|r| shop().rules().rule(r).is_some())
        .collect();
    assert_eq!(at_pay, ["cash-and-change", "price-charged-equals-shown", "return-terms-at-till"]);
    // The shop's goodwill return terms are never stated as the statutory
    // remedy: that one lands only where the customer brings goods back.
    assert_eq!(landing(&set, "return-terms-at-till"), [("visit/till/pay".to_owned(), Target::Always)]);
}

#[test]
fn link_selling_is_no_duty_and_no_basic_standard() {
    let link = shop().rules().rule("link-selling").unwrap();
    assert!(!link.is_critical());
    assert_eq!(link.concern().as_str(), "cross-selling");
    let model = template();
    let basic = RuleSet::catalogue().derive(&model, ServiceLevel::Basic);
    assert_eq!(landing(&basic, "link-selling"), []);
    for level in [ServiceLevel::Expected, ServiceLevel::Exclusive] {
        let set = RuleSet::catalogue().derive(&model, level);
        assert_eq!(landing(&set, "link-selling"), [("visit/browsing/advise".to_owned(), Target::Always)]);
        // One suggestion a visit: the offer at the till is the same line,
        // not a second pitch while the customer pays.
        let selling: Vec<String> = set
            .iter()
            .filter(|s| s.concern().as_str() == "cross-selling")
            .map(|s| s.step().to_string())
            .collect();
        assert_eq!(selling, ["visit/browsing/advise"], "{level}");
    }
}

/// The shop's rounds the audit checks (lights, fittings, devices, displays,
/// promotions).
const ROUNDS: [(&str, &str); 5] = [
    ("lights-working", "ambient-conditions"),
    ("fittings-in-repair", "equipment-condition"),
    ("devices-working", "machine-uptime"),
    ("displays-to-the-plan", "product-displays"),
    ("promotions-to-the-calendar", "printed-materials"),
];

/// The policies of `set` from `rule`: department (none for the business),
/// concern and target.
fn policy<'a>(set: &'a StandardSet, rule: &str) -> Vec<(Option<&'a str>, &'a str, Target)> {
    set.policies()
        .iter()
        .filter(|p| p.standard().rule().as_str() == rule)
        .map(|p| (p.department().map(Id::as_str), p.standard().concern().as_str(), p.standard().target()))
        .collect()
}

#[test]
fn the_rounds_of_the_shop_are_business_policies_stated_once() {
    let model = template();
    for &level in ServiceLevel::ALL {
        let set = RuleSet::catalogue().derive(&model, level);
        for (rule, concern) in ROUNDS {
            // Never a task of the greeting or of any other step.
            assert_eq!(landing(&set, rule), [], "{level} {rule}");
            assert_eq!(policy(&set, rule), [(None, concern, Target::Always)], "{level} {rule}");
        }
        // The lights are said once, by their own policy, not again in the
        // cleaning round.
        let listing = set.listing();
        let lights: Vec<&str> = listing.lines().filter(|l| l.contains(" light")).collect();
        assert_eq!(lights.len(), 1, "{level}: {lights:?}");
        assert!(lights[0].contains("| lights-working |"), "{level}: {lights:?}");
    }
}

#[cfg(feature = "serde")]
#[test]
fn a_shop_no_customer_walks_into_has_no_rounds_of_the_floor() {
    // A shop's telephone order line alone: nobody comes in, so there is no
    // floor, shelf or till to keep.
    let model: ServiceModel = toml::from_str(
        r#"
format_version = 1
name = "Order line"
pack = "shop"
departments = [{ id = "orders", name = "Orders" }]

[[sequences]]
id = "phone-order"
name = "An order by phone"

[[sequences.phases]]
id = "call"
name = "The call"
channels = ["telephone"]

[[sequences.phases.steps]]
id = "answer"
name = "The shop answers a customer's call"
moment = "welcome"
started_by = "customer"
department = "orders"
characteristics = ["friendly"]

[[sequences.phases.steps]]
id = "take-order"
name = "The order is taken"
moment = "order-taking"
department = "orders"
characteristics = ["accurate", "helpful"]
"#,
    )
    .unwrap();
    for &level in ServiceLevel::ALL {
        let set = RuleSet::catalogue().derive(&model, level);
        for (rule, _) in ROUNDS {
            assert_eq!(policy(&set, rule), [], "{level} {rule}");
        }
    }
}

#[test]
fn a_customer_is_taken_to_the_item_while_being_helped_to_choose() {
    let model = template();
    for &level in ServiceLevel::ALL {
        let set = RuleSet::catalogue().derive(&model, level);
        assert_eq!(
            landing(&set, "taken-to-the-item"),
            [("visit/browsing/advise".to_owned(), Target::Always)],
            "{level}"
        );
        let escort: Vec<String> =
            set.iter().filter(|s| s.concern().as_str() == "escort").map(|s| s.step().to_string()).collect();
        assert_eq!(escort, ["visit/browsing/advise"], "{level}");
    }
}

#[cfg(feature = "serde")]
#[test]
fn no_one_is_walked_to_an_item_in_the_fitting_or_at_their_own_home() {
    // The shoe shop's add-ons come in the fitting, with no arrival in that
    // phase (the customer is seated, the assistant fetches); the electronics
    // store's installer explains the appliance in the customer's home, after
    // arriving there. Neither is a customer looking for an item on the floor.
    for fixture in ["shop_street_shoes", "shop_electronics"] {
        let path = format!("{}/tests/fixtures/models/{fixture}.toml", env!("CARGO_MANIFEST_DIR"));
        let model: ServiceModel = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for &level in ServiceLevel::ALL {
            let set = RuleSet::catalogue().derive(&model, level);
            assert_eq!(landing(&set, "taken-to-the-item"), [], "{fixture} {level}");
        }
    }
}

#[cfg(feature = "serde")]
#[test]
fn on_the_shoe_shop_the_rules_stay_off_the_phone_and_off_later_arrivals() {
    let path = format!("{}/tests/fixtures/models/shop_street_shoes.toml", env!("CARGO_MANIFEST_DIR"));
    let model: ServiceModel = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let set = RuleSet::catalogue().derive(&model, ServiceLevel::Exclusive);
    let mut own: Vec<(String, &str)> = set
        .iter()
        .filter(|s| shop().rules().rule(s.rule().as_str()).is_some())
        .map(|s| (s.step().to_string(), s.rule().as_str()))
        .collect();
    own.sort();
    let expected: Vec<(String, &str)> = [
        ("purchase/checkout/farewell", "all-goods-taken"),
        ("purchase/checkout/farewell", "bags-to-the-door"),
        ("purchase/checkout/pay", "cash-and-change"),
        ("purchase/checkout/pay", "gift-wrapped"),
        ("purchase/checkout/pay", "price-charged-equals-shown"),
        ("purchase/checkout/pay", "return-terms-at-till"),
        ("purchase/checkout/receipt-and-bag", "round-the-counter"),
        ("purchase/entry/busy-wait", "checkout-queue"),
        ("purchase/fitting/add-ons", "link-selling"),
        ("purchase/fitting/fetch", "checkout-queue"),
        ("purchase/fitting/needs", "regulars-told-new-stock"),
        ("purchase/fitting/try-on", "honest-recommendation"),
        ("returns/counter/bring-back", "faulty-exchanged-on-the-spot"),
        ("returns/counter/bring-back", "faulty-goods-remedy"),
        ("returns/counter/exchange-refund", "refund-to-means-of-payment"),
        ("returns/outcome/collect", "round-the-counter"),
        ("special-order/collection/collect", "round-the-counter"),
        ("special-order/order/take-order", "special-order-brought-home"),
    ]
    .into_iter()
    .map(|(step, rule)| (step.to_owned(), rule))
    .collect();
    // Nothing on the calls and text messages (a late supplier, "your shoes
    // are ready"); the price labels and the floor rounds are the shop's
    // policies, not a step's.
    assert_eq!(own, expected);
    // Cash counted back every time, never a share.
    assert_eq!(landing(&set, "cash-and-change"), [("purchase/checkout/pay".to_owned(), Target::Always)]);
}

/// The round of checks of the floor and the till is stated once for each
/// department that serves customers, never twice under two names.
#[test]
fn the_floor_round_is_one_policy_a_department() {
    for &level in ServiceLevel::ALL {
        let set = RuleSet::catalogue().derive(&template(), level);
        let rounds: Vec<(Option<&str>, &str)> = set
            .policies()
            .iter()
            .filter(|p| p.standard().concern().as_str() == "tidy-premises")
            .map(|p| (p.department().map(Id::as_str), p.standard().rule().as_str()))
            .collect();
        assert_eq!(
            rounds,
            [(Some("shop-floor"), "tidy-service-point"), (Some("tills"), "tidy-service-point")],
            "{level}"
        );
    }
}
