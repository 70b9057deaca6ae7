//! The hotel pack's own rules: each critical one lands on the template step
//! it is for, with its zero-defect target at every level, and the traps of
//! the trade (shares on keys, "at least N" uses of the name, terms stated
//! on an in-stay request) stay out.

use std::time::Duration;

use service_standards::prelude::*;

fn hotel() -> &'static Pack {
    Pack::builtin("hotel").unwrap()
}

fn template() -> ServiceModel {
    hotel().template().unwrap().clone()
}

/// The steps where `rule` lands at `level`, with its target there.
fn lines(model: &ServiceModel, level: ServiceLevel, rule: &str) -> Vec<(String, Target)> {
    RuleSet::catalogue()
        .derive(model, level)
        .iter()
        .filter(|s| s.rule().as_str() == rule)
        .map(|s| (s.step().to_string(), s.target()))
        .collect()
}

/// The rules of a concern at a step, with their targets.
fn concern_at(model: &ServiceModel, level: ServiceLevel, step: &str, concern: &str) -> Vec<(String, Target)> {
    RuleSet::catalogue()
        .derive(model, level)
        .iter()
        .filter(|s| s.step().to_string() == step && s.concern().as_str() == concern)
        .map(|s| (s.rule().to_string(), s.target()))
        .collect()
}

fn at(step: &str, target: Target) -> Vec<(String, Target)> {
    vec![(step.to_owned(), target)]
}

#[test]
fn the_hotel_pack_has_its_own_critical_rules_and_gestures() {
    let rules = hotel().rules();
    let mut critical: Vec<&str> =
        rules.rules().filter(|r| r.is_critical()).map(|r| r.id().as_str()).collect();
    critical.sort_unstable();
    assert_eq!(
        critical,
        [
            "bill-ready-and-checked",
            "card-guarantee",
            "guest-registered",
            "key-to-a-ready-room",
            "rate-and-terms-before-booking",
            "room-number-never-aloud",
            "valuables-in-safe-custody",
        ]
    );
    assert_eq!(rules.len(), 21);
    for rule in rules.rules() {
        assert!(rule.source().is_some_and(|s| !s.is_empty()), "{}: a source", rule.id());
    }
}

#[test]
fn each_critical_rule_lands_on_its_template_step_at_every_level() {
    let model = template();
    for &level in ServiceLevel::ALL {
        assert_eq!(
            lines(&model, level, "rate-and-terms-before-booking"),
            at("reservation/enquiry/offer-rooms", Target::Always),
            "{level}"
        );
        assert_eq!(
            lines(&model, level, "guest-registered"),
            at("stay/check-in/register", Target::Always),
            "{level}"
        );
        assert_eq!(
            lines(&model, level, "room-number-never-aloud"),
            at("stay/check-in/issue-key", Target::Never),
            "{level}"
        );
        assert_eq!(
            lines(&model, level, "card-guarantee"),
            at("stay/check-in/register", Target::Always),
            "{level}"
        );
        assert_eq!(
            lines(&model, level, "key-to-a-ready-room"),
            at("stay/check-in/issue-key", Target::Always),
            "{level}"
        );
        assert_eq!(
            lines(&model, level, "bill-ready-and-checked"),
            at("stay/check-out/review-bill", Target::Always),
            "{level}"
        );
        // The safe custody of valuables and the liability notice: the
        // front office's policy, not a line of a step.
        let set = RuleSet::catalogue().derive(&model, level);
        let custody: Vec<_> = set
            .policies()
            .iter()
            .filter(|p| p.standard().rule().as_str() == "valuables-in-safe-custody")
            .map(|p| (p.department().map(ToString::to_string), p.standard().target()))
            .collect();
        assert_eq!(custody, [(Some("front-office".to_owned()), Target::Always)], "{level}");
    }
}

/// Trap: "98 % of keys work". The key to a room is a zero-defect hand-over:
/// the catalogue's share gives way to the hotel's rule at every level.
#[test]
fn the_key_is_never_a_share_of_cases() {
    let model = template();
    for &level in ServiceLevel::ALL {
        assert_eq!(
            concern_at(&model, level, "stay/check-in/issue-key", "delivery-accuracy"),
            [("key-to-a-ready-room".to_owned(), Target::Always)],
            "{level}"
        );
    }
}

/// Trap: the name used "at least three times". The hotel uses it two or
/// three times, discreetly: no "at least" target on the name anywhere.
#[test]
fn the_name_is_used_discreetly_not_at_least_n_times() {
    let model = template();
    for level in [ServiceLevel::Expected, ServiceLevel::Exclusive] {
        assert_eq!(
            lines(&model, level, "name-used-discreetly"),
            [("stay/check-out/farewell".to_owned(), Target::Always)],
            "{level}"
        );
        // Not at a welcome (the call answered, the guest at the desk), where
        // the name is not known yet; the catalogue's rule still stands there
        // (a misfire reported).
        assert_eq!(lines(&model, level, "use-customer-name").len(), 2, "{level}");
    }
    assert_eq!(lines(&model, ServiceLevel::Basic, "name-used-discreetly"), []);
}

/// Trap: the booking's terms (and no 14-day withdrawal) stated again when
/// an in-house guest asks for towels; in-stay requests get a time in
/// minutes instead, and a company-started step gets neither.
#[test]
fn in_stay_requests_get_minutes_not_booking_terms() {
    let model = template();
    let mins = |m: u64| Target::Within(Duration::from_secs(60 * m));
    for (level, minutes) in
        [(ServiceLevel::Basic, 30), (ServiceLevel::Expected, 15), (ServiceLevel::Exclusive, 10)]
    {
        assert_eq!(
            lines(&model, level, "in-stay-request-done"),
            [
                ("stay/in-stay/guest-request".to_owned(), mins(minutes)),
                ("stay/in-stay/complaint".to_owned(), mins(minutes)),
            ],
            "{level}"
        );
        assert_eq!(
            concern_at(&model, level, "stay/in-stay/guest-request", "price-transparency"),
            [],
            "{level}"
        );
    }
}

/// On the tuned model of a business hotel: the check-in's card guarantee
/// never reaches the payment at check-out, the in-stay time never reaches a
/// change of booking before arrival or a meeting organiser's problem, and
/// the key opened with the app is zero-defect too.
#[cfg(feature = "serde")]
#[test]
fn on_a_business_hotel_the_rules_stay_on_their_steps() {
    let path = format!("{}/tests/fixtures/models/hotel_city_business.toml", env!("CARGO_MANIFEST_DIR"));
    let model: ServiceModel = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let level = ServiceLevel::Expected;
    assert_eq!(lines(&model, level, "card-guarantee"), at("stay/arrival/find-booking", Target::Always));
    assert_eq!(
        lines(&model, level, "in-stay-request-done"),
        [
            ("stay/in-stay/request".to_owned(), Target::Within(Duration::from_secs(15 * 60))),
            ("stay/in-stay/fault".to_owned(), Target::Within(Duration::from_secs(15 * 60))),
        ]
    );
    assert_eq!(
        lines(&model, level, "key-to-a-ready-room"),
        [
            ("stay/arrival/keys".to_owned(), Target::Always),
            ("stay/arrival/mobile-key".to_owned(), Target::Always),
        ]
    );
    assert_eq!(lines(&model, level, "rate-and-terms-before-booking"), []);
}
