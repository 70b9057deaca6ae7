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
    assert_eq!(rules.len(), 30);
    for rule in rules.rules() {
        assert!(rule.source().is_some_and(|s| !s.is_empty()), "{}: a source", rule.id());
    }
}

#[test]
fn each_critical_rule_lands_on_its_template_step_at_every_level() {
    let model = template();
    let landing = [
        ("rate-and-terms-before-booking", "reservation/enquiry/offer-rooms", Target::Always),
        ("guest-registered", "stay/check-in/register", Target::Always),
        ("room-number-never-aloud", "stay/check-in/issue-key", Target::Never),
        ("card-guarantee", "stay/check-in/register", Target::Always),
        ("key-to-a-ready-room", "stay/check-in/issue-key", Target::Always),
        ("bill-ready-and-checked", "stay/check-out/review-bill", Target::Always),
    ];
    for &level in ServiceLevel::ALL {
        for (rule, step, target) in landing {
            assert_eq!(lines(&model, level, rule), at(step, target), "{level} {rule}");
        }
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
        concern_at(&model, level, "stay/arrival/find-booking", "card-pre-authorisation"),
        [("card-guarantee".to_owned(), Target::Always)]
    );
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

/// A fixture model of the trade.
#[cfg(feature = "serde")]
fn fixture(name: &str) -> ServiceModel {
    let path = format!("{}/tests/fixtures/models/{name}.toml", env!("CARGO_MANIFEST_DIR"));
    toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// The policies of `rule` at `level`, with their department and target.
fn policies(model: &ServiceModel, level: ServiceLevel, rule: &str) -> Vec<(Option<String>, Target)> {
    RuleSet::catalogue()
        .derive(model, level)
        .policies()
        .iter()
        .filter(|p| p.standard().rule().as_str() == rule)
        .map(|p| (p.department().map(ToString::to_string), p.standard().target()))
        .collect()
}

/// The rules added from the check-in checklist land on the template's
/// check-in, each once, at every level: the check-in recorded as the guest
/// is registered; the key in its folder, help with the luggage and the
/// guest's mail as the key is handed over; the desk staffed for the
/// arrivals as the front office's policy.
#[test]
fn the_check_in_checklists_rules_land_on_the_template_check_in() {
    let model = template();
    for &level in ServiceLevel::ALL {
        assert_eq!(
            lines(&model, level, "check-in-recorded"),
            at("stay/check-in/register", Target::Always),
            "{level}"
        );
        assert_eq!(
            concern_at(&model, level, "stay/check-in/register", "card-pre-authorisation"),
            [("card-guarantee".to_owned(), Target::Always)],
            "{level}"
        );
        for rule in ["key-in-its-folder", "luggage-help-offered", "messages-handed-over"] {
            assert_eq!(
                lines(&model, level, rule),
                at("stay/check-in/issue-key", Target::Always),
                "{level} {rule}"
            );
        }
        assert_eq!(
            policies(&model, level, "desk-staffed-for-arrivals"),
            [(Some("front-office".to_owned()), Target::Always)],
            "{level}"
        );
    }
}

/// Trap: the staffing of the desk stated at a step. It is the front
/// office's policy, stated once: no step of the template has a line of
/// staffing, and no department but the front office has the policy.
#[test]
fn the_desk_staffing_is_a_policy_never_a_line_of_a_step() {
    let model = template();
    for &level in ServiceLevel::ALL {
        let set = RuleSet::catalogue().derive(&model, level);
        assert_eq!(set.iter().filter(|s| s.concern().as_str() == "staffing").count(), 0, "{level}");
        let staffing =
            set.policies().iter().filter(|p| p.standard().concern().as_str() == "staffing").count();
        assert_eq!(staffing, 1, "{level}");
    }
}

/// Trap: the luggage offered twice in a contact, or the key's folder at
/// the farewell. Help with the luggage is offered as the key is handed
/// over; at the farewell the departure care offers it, and no rule of the
/// key reaches the check-out.
#[test]
fn the_luggage_is_offered_at_the_key_not_again_at_the_farewell() {
    let model = template();
    for &level in ServiceLevel::ALL {
        assert_eq!(concern_at(&model, level, "stay/check-out/farewell", "offer-help"), [], "{level}");
        assert_eq!(
            concern_at(&model, level, "stay/check-in/issue-key", "offer-help"),
            [("luggage-help-offered".to_owned(), Target::Always)],
            "{level}"
        );
        // The briefing no longer shows the way or offers a porter: the key's
        // presentation and the luggage line say it once each.
        let set = RuleSet::catalogue().derive(&model, level);
        let path: StepPath = "stay/check-in/issue-key".parse().unwrap();
        let briefing = set.at_step(&path).find(|s| s.rule().as_str() == "stay-briefing").unwrap();
        assert!(!briefing.statement().contains("porter"), "{level}");
        assert!(!briefing.statement().contains("the way"), "{level}");
    }
}

/// Traps on the fixtures: the key's rules never reach a key opened in the
/// app or a room made up by housekeeping with no guest there, the mail
/// never reaches a crew whose envelopes are laid out before landing, and
/// the check-in recorded never takes the place of the flight plan's
/// read-back later at the desk.
#[cfg(feature = "serde")]
#[test]
fn on_the_fixtures_the_check_in_rules_stay_at_the_desk() {
    let level = ServiceLevel::Expected;
    let city = fixture("hotel_city_business");
    for rule in ["key-in-its-folder", "luggage-help-offered", "messages-handed-over"] {
        assert_eq!(lines(&city, level, rule), at("stay/arrival/keys", Target::Always), "{rule}");
    }
    assert_eq!(lines(&city, level, "check-in-recorded"), at("stay/arrival/find-booking", Target::Always));
    // The online check-in in the app keeps the catalogue's check against the source.
    assert_eq!(
        concern_at(&city, level, "stay/pre-arrival/online-check-in", "record-accuracy"),
        [("accurate-records-backstage".to_owned(), Target::Always)]
    );
    let seaside = fixture("hotel_seaside_family");
    for rule in ["key-in-its-folder", "luggage-help-offered", "messages-handed-over"] {
        assert_eq!(
            lines(&seaside, level, rule),
            at("holiday/arrival/keys-and-tour", Target::Always),
            "{rule}"
        );
    }
    assert_eq!(
        policies(&seaside, level, "desk-staffed-for-arrivals"),
        [(Some("reception".to_owned()), Target::Always)]
    );
    let airport = fixture("hotel_airport");
    for rule in ["key-in-its-folder", "luggage-help-offered", "messages-handed-over"] {
        assert_eq!(
            lines(&airport, level, rule),
            at("transit-stay/check-in/key-and-directions", Target::Always),
            "{rule}"
        );
    }
    assert_eq!(
        lines(&airport, level, "check-in-recorded"),
        [
            ("transit-stay/check-in/find-booking".to_owned(), Target::Always),
            ("crew-stay/arrival/sign-and-keys".to_owned(), Target::Always),
            ("stranded-passengers/arrival/voucher-check-in".to_owned(), Target::Always),
        ]
    );
    assert_eq!(
        concern_at(&airport, level, "transit-stay/check-in/plan-departure", "record-accuracy"),
        [("accurate-records-every-time".to_owned(), Target::Always)]
    );
}
