//! The telecom pack against a real checklist and the trade's traps
//! (`research/trades/telecom.md`, sections 6 and 7).
//!
//! Recall: the items of a telecom retailer's store audit (TeleChoice,
//! "Store Standards Audit", SafetyCulture public library,
//! https://public-library.safetyculture.io/products/store-standards-audit),
//! each stated as the topic (the concerns a standard on it would have) and
//! the target a shop manager would audit, counted as derived when the
//! telecom template's expected set has a standard or a policy of that topic
//! with that target or a stricter one. The audit covers only the shop; the
//! traps below test the rest of the template.

use std::time::Duration;

use service_standards::prelude::*;

use super::checklist::{Item, at, item, missed, of};

fn telecom() -> &'static Pack {
    Pack::builtin("telecom").unwrap()
}

fn template() -> &'static ServiceModel {
    telecom().template().unwrap()
}

/// The checklist, item by item, in our own words.
fn checklist() -> Vec<Item> {
    use Target::{Always, Share};
    const DISPLAYS: &[&str] = &["product-displays"];
    const OFFERS: &[&str] = &["printed-materials"];
    const LOOKS: &[&str] = &["staff-appearance"];
    const CLEAN: &[&str] = &["tidy-premises"];
    vec![
        item("every current catalogue item in stock, two of each colour", DISPLAYS, Always),
        item("deliveries and surplus stock out of customers' sight", CLEAN, Always),
        item("every catalogue accessory displayed with a matching price tag", &["price-display"], Always),
        item("accessory display spaces filled", DISPLAYS, Always),
        item("feature cards and description panels complete, prices current", &["price-display"], Always),
        item("no dummy handset missing", DISPLAYS, Always),
        item("electronic screens on, updated and working", DISPLAYS, Always),
        item("only current point-of-sale material, in good condition", OFFERS, Always),
        item("custom signage current and approved by head office", OFFERS, Always),
        item("tablets and netbooks display in place", DISPLAYS, Always),
        item("business mobile display in place", DISPLAYS, Always),
        item("no-contract handsets display in place", DISPLAYS, Always),
        item("prepaid display in place", DISPLAYS, Always),
        item("catalogue front-page offer displayed", OFFERS, Always),
        item("catalogue back-page offer displayed", OFFERS, Always),
        item("catalogue full-page offers displayed", OFFERS, Always),
        item("catalogue half-page offers displayed", OFFERS, Always),
        item("mobile accessories display in place", DISPLAYS, Always),
        item("staff in the approved uniform only", LOOKS, Always),
        item("staff wear the approved name badge or ID card", LOOKS, Always),
        item("staff well groomed", LOOKS, Always),
        item("staff score at least 80 % in the monthly quiz", &["product-knowledge-check"], Share(80)),
        item("no cobwebs, tape residue, dust, food or fingerprints", CLEAN, Always),
        item("counters clean and uncluttered", CLEAN, Always),
        item("all lights working", CLEAN, Always),
        item("floors clean", CLEAN, Always),
        item("bins not overflowing", CLEAN, Always),
    ]
}

/// The rules were written with this audit in view (it is the trade notes'
/// only shop checklist), so every item is derived: a ceiling, not an
/// independent measure.
#[test]
fn the_telecom_template_derives_all_27_items_of_a_telecom_retailers_store_audit() {
    let set = RuleSet::catalogue().derive(template(), ServiceLevel::Expected);
    let items = checklist();
    let missed = missed(&set, &items);
    assert_eq!(missed, Vec::<&str>::new());
    assert_eq!((items.len() - missed.len(), items.len()), (27, 27));
}

fn derived(level: ServiceLevel) -> StandardSet {
    RuleSet::catalogue().derive(template(), level)
}

fn days(n: u64) -> Target {
    Target::Within(Duration::from_secs(n * 86_400))
}

fn kept(rule: &str, target: Target) -> Option<(String, Target)> {
    Some((rule.to_owned(), target))
}

/// Legal deadlines and duties are never a share of cases: the complaint
/// reply (30 days, or it is deemed accepted), porting in one working day
/// and free, the contract summary, the end-of-contract notice, at every
/// level; no step where a contract, a number or an identity is handled
/// allows a share of defects.
#[test]
fn legal_duties_allow_no_share_of_cases_and_porting_is_free() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let reply = if level == ServiceLevel::Basic {
            days(30)
        } else if level == ServiceLevel::Expected {
            days(14)
        } else {
            days(5)
        };
        assert_eq!(
            of(&set, "complaint/handling/reply", "complaint-answer"),
            kept("complaint-answered-in-30-days", reply),
            "{level}"
        );
        assert_eq!(
            of(&set, "sign-up/contract/porting-request", "number-porting"),
            kept("porting-free-in-one-working-day", Target::Always),
            "{level}"
        );
        assert_eq!(
            of(&set, "sign-up/contract/contract-summary", "pre-contract-information"),
            kept("contract-summary-before-signing", Target::Always),
            "{level}"
        );
        assert_eq!(
            of(&set, "sign-up/contract/contract-summary", "contract-term"),
            kept("term-at-most-24-months", Target::Always),
            "{level}"
        );
        assert_eq!(
            of(&set, "end-of-contract/notice/end-of-contract-notice", "end-of-contract-notice"),
            kept("end-of-contract-notice", Target::Always),
            "{level}"
        );
        for path in [
            "sign-up/contract/identity-and-credit",
            "sign-up/contract/contract-summary",
            "sign-up/contract/porting-request",
            "complaint/handling/reply",
            "end-of-contract/notice/end-of-contract-notice",
        ] {
            let shares: Vec<_> = at(&set, path)
                .into_iter()
                .filter(|(_, _, t)| matches!(t, Target::Share(_) | Target::ShareWithin { .. }))
                .collect();
            assert_eq!(shares, [], "{level} {path}");
        }
    }
    let porting = telecom().rules().rule("porting-free-in-one-working-day").unwrap();
    let statement = porting.template().statement_in(Locale::English).unwrap().to_string();
    assert!(
        statement.contains("charge nothing") && statement.contains("old provider yourselves"),
        "{statement}"
    );
}

/// Compensation is a fixed sum paid without a claim, never "up to" an
/// amount at an agent's discretion: no standard and no policy is a ceiling
/// (the catalogue's empowerment policy names the value of what a complaint
/// is about, not a sum), beside the fixed compensation for a missed visit,
/// a late start and a long fault.
#[test]
fn compensation_is_fixed_and_automatic_never_up_to_an_amount() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let ceilings: Vec<String> = set
            .iter()
            .filter(|s| matches!(s.target(), Target::UpTo(_)))
            .map(|s| s.rule().to_string())
            .collect();
        assert_eq!(ceilings, Vec::<String>::new(), "{level}");
        let ceiling_policies: Vec<(String, String)> = set
            .policies()
            .iter()
            .filter(|p| matches!(p.standard().target(), Target::UpTo(_)))
            .map(|p| (p.standard().concern().to_string(), p.standard().rule().to_string()))
            .collect();
        assert_eq!(ceiling_policies, Vec::<(String, String)>::new(), "{level}");
        let empowerment: Vec<Target> = set
            .policies()
            .iter()
            .filter(|p| p.standard().rule() == "settle-on-the-spot")
            .map(|p| p.standard().target())
            .collect();
        // One policy per department that takes complaints live, from the
        // expected level, each with no sum.
        assert_eq!(empowerment.is_empty(), level == ServiceLevel::Basic, "{level}");
        assert_eq!(empowerment.iter().filter(|t| **t != Target::Always).count(), 0, "{level}");
        for path in ["installation/visit/engineer-visit", "fault/repair/repair-visit"] {
            assert_eq!(
                of(&set, path, "automatic-compensation"),
                kept("missed-visit-compensated", Target::Always),
                "{level} {path}"
            );
        }
        assert_eq!(
            of(&set, "installation/start/service-start", "punctuality"),
            kept("service-live-on-the-date", Target::Always),
            "{level}"
        );
        let fault = if level == ServiceLevel::Basic { days(2) } else { days(1) };
        assert_eq!(
            of(&set, "fault/report/report-fault", "complaint-resolution"),
            kept("total-loss-fixed-in-two-working-days", fault),
            "{level}"
        );
        assert_eq!(
            of(&set, "fault/report/report-fault", "reporting-cover"),
            kept("faults-taken-around-the-clock", Target::Cover(Cover::AROUND_THE_CLOCK)),
            "{level}"
        );
    }
}

/// An engineer is punctual within the booked slot, and the slot is short
/// and chosen by the customer: never "between 8 and 18", never the
/// catalogue's share of promised times or a video call's 15 minutes.
#[test]
fn engineers_keep_a_short_slot_the_customer_chose() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        assert_eq!(
            of(&set, "installation/booking/book-slot", "appointment-window"),
            kept("slot-the-customer-chooses", Target::Always),
            "{level}"
        );
        for path in ["installation/visit/engineer-visit", "fault/repair/repair-visit"] {
            assert_eq!(
                of(&set, path, "punctuality"),
                kept("engineer-within-the-slot", Target::Always),
                "{level} {path}"
            );
            assert_eq!(of(&set, path, "video-punctuality"), None, "{level} {path}");
        }
        let shares_of_time: Vec<String> = set
            .iter()
            .filter(|s| s.rule().as_str() == "keep-promised-times")
            .map(|s| s.step().to_string())
            .collect();
        assert_eq!(shares_of_time, Vec::<String>::new(), "{level}");
    }
    let slot = telecom().rules().rule("slot-the-customer-chooses").unwrap();
    let statement = slot.template().statement_in(Locale::English).unwrap().to_string();
    assert!(statement.contains("no more than four hours"), "{statement}");
}

/// The rebate for an interruption beyond the limits is due whatever the
/// cause, storms included: the pack copies no "severe weather" exclusion.
#[test]
fn the_outage_rebate_has_no_force_majeure_exclusion() {
    let set = derived(ServiceLevel::Expected);
    let limits: Vec<String> = set
        .iter()
        .filter(|s| s.concern().as_str() == "supply-continuity")
        .map(|s| s.step().to_string())
        .collect();
    assert_eq!(limits, ["fault/planned/planned-works-notice", "fault/outage/outage-alert"]);
    let rule = telecom().rules().rule("interruptions-within-limits").unwrap();
    let english = rule.template().statement_in(Locale::English).unwrap().to_string();
    let polish = rule.template().statement_in(Locale::Polish).unwrap().to_string();
    assert!(english.contains("whatever the cause, storms included"), "{english}");
    assert!(polish.contains("bez względu na przyczynę, także przy wichurach"), "{polish}");
    for rule in telecom().rules().rules() {
        let text = rule.template().statement_in(Locale::English).unwrap().to_string();
        assert!(!text.contains("weather") && !text.contains("force majeure"), "{}: {text}", rule.id());
    }
}

/// Selling belongs to the shop's advice and the renewal call: never in a
/// fault report, an outage or a complaint.
#[test]
fn nothing_is_sold_in_a_fault_an_outage_or_a_complaint() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        for path in ["fault/report/report-fault", "complaint/filing/file-complaint"] {
            assert_eq!(
                of(&set, path, "no-selling-in-complaints"),
                kept("no-selling-during-complaints", Target::Never),
                "{level} {path}"
            );
        }
        for path in ["fault/planned/planned-works-notice", "fault/outage/outage-alert"] {
            assert_eq!(
                of(&set, path, "no-selling-in-disruptions"),
                kept("no-selling-during-disruptions", Target::Never),
                "{level} {path}"
            );
        }
        let tariffs: Vec<String> = set
            .iter()
            .filter(|s| s.concern().as_str() == "needs-discovery")
            .map(|s| format!("{} {}", s.step(), s.rule()))
            .collect();
        assert_eq!(
            tariffs,
            [
                "sign-up/shop/needs-analysis usage-before-tariff",
                "end-of-contract/decision/renew-or-leave usage-before-tariff"
            ],
            "{level}"
        );
    }
}

/// The shop is audited on its stock, prices, displays, data on the floor
/// and cleanliness, not on a café's comforts: no seats, water or drinks on
/// offer, and no standard on waiting comfort at any level.
#[test]
fn the_shop_is_audited_on_stock_prices_and_data_not_on_comfort() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let comfort: Vec<String> = set
            .iter()
            .filter(|s| {
                s.concern().as_str() == "waiting-comfort"
                    || ["comfortable-waiting-area", "hospitality-offer", "refreshment-while-waiting"]
                        .contains(&s.rule().as_str())
            })
            .map(|s| s.rule().to_string())
            .collect();
        assert_eq!(comfort, Vec::<String>::new(), "{level}");
        let door = "sign-up/shop/greet-in-shop";
        assert_eq!(of(&set, door, "product-displays"), kept("full-range-on-display", Target::Always));
        assert_eq!(
            of(&set, door, "price-display"),
            kept("price-shown-is-price-charged", Target::Always),
            "{level}"
        );
        assert_eq!(of(&set, door, "tidy-premises"), kept("shop-spotless", Target::Always), "{level}");
        assert_eq!(
            of(&set, "sign-up/shop/needs-analysis", "data-in-view"),
            kept("customer-data-out-of-sight", Target::Never),
            "{level}"
        );
        assert_eq!(
            of(&set, "sign-up/contract/identity-and-credit", "identity-check"),
            kept("identity-before-contract-sim-or-porting", Target::Always),
            "{level}"
        );
    }
}

/// Each sector keeps its own clock: the telecom complaint's 30 days and the
/// rebate request's 30 days at the basic level, not one "14 days" for
/// everything, and not the catalogue's two weeks for any complaint.
#[test]
fn complaints_and_rebates_keep_their_own_clocks() {
    let basic = derived(ServiceLevel::Basic);
    let reply = "complaint/handling/reply";
    assert_eq!(of(&basic, reply, "complaint-answer"), kept("complaint-answered-in-30-days", days(30)));
    assert_eq!(of(&basic, reply, "rebate-answer"), kept("rebate-request-answered", days(30)));
    assert_eq!(
        of(&basic, "complaint/handling/acknowledge", "order-confirmation"),
        kept("complaint-confirmed-durably", days(14))
    );
    assert_eq!(
        of(&basic, reply, "complaint-reply-content"),
        kept("complaint-reply-complete", Target::Always)
    );
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        assert_eq!(
            of(&set, "complaint/filing/file-complaint", "complaint-resolution"),
            kept("resolve-in-the-legal-time", Target::Always),
            "{level}"
        );
        assert_eq!(
            of(&set, "complaint/filing/file-complaint", "complaint-intake"),
            kept("complaint-taken-any-way", Target::Always),
            "{level}"
        );
        let two_weeks: Vec<String> = set
            .iter()
            .filter(|s| s.rule().as_str() == "resolve-complaints")
            .map(|s| s.step().to_string())
            .collect();
        assert_eq!(two_weeks, Vec::<String>::new(), "{level}");
    }
}

/// The best tariff is shown to every customer out of contract, at least
/// once a year, with the deals kept for those who threaten to leave.
#[test]
fn the_best_tariff_is_shown_to_everyone_not_only_to_those_leaving() {
    let every = |n: u64| Target::Every(Duration::from_secs(n * 86_400));
    for (level, target) in [
        (ServiceLevel::Basic, every(365)),
        (ServiceLevel::Expected, every(180)),
        (ServiceLevel::Exclusive, every(180)),
    ] {
        let set = derived(level);
        assert_eq!(
            of(&set, "end-of-contract/notice/yearly-best-tariff", "best-tariff"),
            kept("best-tariff-shown", target),
            "{level}"
        );
    }
    let set = derived(ServiceLevel::Expected);
    let shown = set.iter().find(|s| s.rule().as_str() == "best-tariff-shown").unwrap();
    assert_eq!(
        shown.statement(),
        "Show every customer whose minimum term has ended the provider's best tariff for their service at least once every 180 days, the same deals as those offered to customers who ask to leave"
    );
}

/// A greeting is timed at the shop door, and nowhere else: not on the
/// phone, in the app, at the engineer's visit or on a complaint; the line
/// open around the clock is the fault line, not the complaints desk.
#[test]
fn a_greeting_is_timed_only_at_the_shop_door() {
    for &level in ServiceLevel::ALL {
        let set = derived(level);
        let greeted: Vec<String> = set
            .iter()
            .filter(|s| s.concern().as_str() == "greeting-on-arrival")
            .map(|s| format!("{} {}", s.step(), s.rule()))
            .collect();
        assert_eq!(greeted, ["sign-up/shop/greet-in-shop acknowledged-on-entry"], "{level}");
        let from_afar: Vec<String> = set
            .iter()
            .filter(|s| s.concern().as_str() == "acknowledge-approach")
            .map(|s| s.step().to_string())
            .collect();
        assert_eq!(from_afar, ["sign-up/shop/greet-in-shop"], "{level}");
        let around_the_clock: Vec<String> = set
            .iter()
            .filter(|s| s.concern().as_str() == "reporting-cover")
            .map(|s| s.step().to_string())
            .collect();
        assert_eq!(around_the_clock, ["fault/report/report-fault"], "{level}");
    }
}

#[test]
fn every_critical_rule_of_the_telecom_pack_says_where_it_comes_from() {
    let critical: Vec<&str> =
        telecom().rules().rules().filter(|r| r.is_critical()).map(|r| r.id().as_str()).collect();
    assert_eq!(
        critical,
        [
            "best-tariff-shown",
            "complaint-answered-in-30-days",
            "complaint-confirmed-durably",
            "complaint-reply-complete",
            "complaint-taken-any-way",
            "contract-summary-before-signing",
            "customer-data-out-of-sight",
            "end-of-contract-notice",
            "engineer-within-the-slot",
            "faults-taken-around-the-clock",
            "identity-before-contract-sim-or-porting",
            "interruptions-within-limits",
            "missed-visit-compensated",
            "planned-works-announced",
            "porting-free-in-one-working-day",
            "price-shown-is-price-charged",
            "rebate-request-answered",
            "reconnected-after-payment",
            "service-live-on-the-date",
            "term-at-most-24-months",
            "total-loss-fixed-in-two-working-days",
        ]
    );
    for rule in telecom().rules().rules() {
        assert!(rule.source().is_some_and(|s| s.len() > 10), "{}", rule.id());
        assert!(rule.template().statement_in(Locale::Polish).is_some(), "{}", rule.id());
    }
    let gestures: Vec<&str> = telecom()
        .rules()
        .rules()
        .filter(|r| telecom().is_gesture(r.id().as_str()))
        .map(|r| r.id().as_str())
        .collect();
    assert_eq!(
        gestures,
        [
            "call-after-activation",
            "cheapest-fitting-plan",
            "device-set-up-for-them",
            "engineer-on-the-way",
            "honest-recommendation",
            "loaner-until-fixed",
            "outage-eta-and-credit",
            "price-held-to-think",
            "router-collected",
            "same-day-porting",
            "shoe-covers-and-clean",
        ]
    );
    assert_eq!(telecom().rules().rules().count(), 42);
    assert_eq!(telecom().check(template()), []);
    let sequences: Vec<&str> = template().sequences().iter().map(|s| s.id().as_str()).collect();
    assert_eq!(sequences, ["sign-up", "installation", "billing", "fault", "complaint", "end-of-contract"]);
}
