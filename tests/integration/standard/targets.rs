//! Targets and measurements, exactly: which measured values meet which
//! targets, which targets are stricter, which are in range, and how both read.

use std::time::Duration;

use service_standards::prelude::*;

const fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

#[test]
fn every_kind_of_target_is_met_by_its_own_measure_and_no_other() {
    use Measurement as M;
    let share = Target::ShareWithin { percent: 80, within: secs(20) };
    // (target, measurement, met)
    let cases = [
        (Target::within_secs(60), M::Duration(secs(60)), true),
        (Target::within_secs(60), M::Duration(secs(61)), false),
        (share, M::Percent(80), true),
        (share, M::Percent(79), false),
        (Target::Share(95), M::Percent(95), true),
        (Target::Share(95), M::Percent(94), false),
        (Target::WithinRings(3), M::Rings(3), true),
        (Target::WithinRings(3), M::Rings(4), false),
        (Target::AtLeast(2), M::Count(2), true),
        (Target::AtLeast(2), M::Count(1), false),
        (Target::AtMost(1), M::Count(1), true),
        (Target::AtMost(1), M::Count(2), false),
        (Target::Every(secs(3600)), M::Duration(secs(3600)), true),
        (Target::Every(secs(3600)), M::Duration(secs(3601)), false),
        (Target::Always, M::Done(true), true),
        (Target::Always, M::Done(false), false),
        (Target::Never, M::Done(false), true),
        (Target::Never, M::Done(true), false),
        // A measure of another kind never meets a target.
        (Target::within_secs(60), M::Rings(1), false),
        (Target::WithinRings(3), M::Duration(secs(1)), false),
        (Target::Share(95), M::Count(100), false),
        (Target::AtLeast(2), M::Percent(100), false),
        (Target::Always, M::Count(1), false),
        (Target::Never, M::Percent(0), false),
    ];
    for (target, measured, met) in cases {
        assert_eq!(target.is_met_by(measured), met, "{target} by {measured}");
    }
}

#[test]
fn strictness_compares_like_with_like() {
    let share = |percent, s| Target::ShareWithin { percent, within: secs(s) };
    // (stricter?, than, expected)
    let cases = [
        (share(90, 20), share(80, 20), true),
        (share(80, 10), share(80, 20), true),
        (share(90, 30), share(80, 20), false),
        (share(70, 10), share(80, 20), false),
        (Target::within_secs(20), share(80, 20), true),
        (Target::within_secs(30), share(80, 20), false),
        (share(100, 20), Target::within_secs(20), false),
        (Target::WithinRings(2), Target::WithinRings(3), true),
        (Target::WithinRings(4), Target::WithinRings(3), false),
        (Target::AtLeast(3), Target::AtLeast(2), true),
        (Target::AtLeast(1), Target::AtLeast(2), false),
        (Target::AtMost(1), Target::AtMost(2), true),
        (Target::AtMost(3), Target::AtMost(2), false),
        (Target::Every(secs(60)), Target::Every(secs(120)), true),
        (Target::Every(secs(180)), Target::Every(secs(120)), false),
        (Target::Share(99), Target::Share(98), true),
        (Target::Share(97), Target::Share(98), false),
        (Target::Always, Target::Share(100), true),
        (Target::Never, Target::Never, true),
        (Target::Always, Target::Never, false),
        (Target::Share(100), Target::Always, false),
        (Target::WithinRings(1), Target::within_secs(1), false),
    ];
    for (a, b, expected) in cases {
        assert_eq!(a.is_at_least_as_strict_as(&b), expected, "{a} than {b}");
    }
}

#[test]
fn ranges_are_checked_at_their_edges() {
    let cases = [
        (Target::within_secs(1), true),
        (Target::Within(Duration::ZERO), false),
        (Target::Within(Target::MAX_DURATION), true),
        (Target::Within(Target::MAX_DURATION + Duration::from_nanos(1)), false),
        (Target::Every(Duration::ZERO), false),
        (Target::ShareWithin { percent: 1, within: secs(1) }, true),
        (Target::ShareWithin { percent: 100, within: secs(1) }, true),
        (Target::ShareWithin { percent: 0, within: secs(1) }, false),
        (Target::ShareWithin { percent: 101, within: secs(1) }, false),
        (Target::ShareWithin { percent: 80, within: Duration::ZERO }, false),
        (Target::WithinRings(1), true),
        (Target::WithinRings(0), false),
        (Target::AtLeast(1), true),
        (Target::AtLeast(0), false),
        (Target::AtMost(1), true),
        (Target::AtMost(0), false),
        (Target::Share(1), true),
        (Target::Share(100), true),
        (Target::Share(0), false),
        (Target::Share(101), false),
        (Target::Always, true),
        (Target::Never, true),
    ];
    for (target, in_range) in cases {
        assert_eq!(target.is_in_range(), in_range, "{target:?}");
    }
    let measured = [
        (Measurement::Duration(Duration::ZERO), true),
        (Measurement::Duration(Target::MAX_DURATION), true),
        (Measurement::Duration(Target::MAX_DURATION + secs(1)), false),
        (Measurement::Percent(100), true),
        (Measurement::Percent(101), false),
        (Measurement::Rings(0), true),
        (Measurement::Count(u16::MAX), true),
        (Measurement::Done(false), true),
    ];
    for (m, in_range) in measured {
        assert_eq!(m.is_in_range(), in_range, "{m:?}");
    }
}

#[test]
fn targets_and_measurements_read_as_people_say_them() {
    let targets = [
        (Target::within_secs(20), "within 20 seconds"),
        (Target::within_mins(1), "within 1 minute"),
        (Target::Within(secs(5400)), "within 1 hour 30 minutes"),
        (Target::ShareWithin { percent: 80, within: secs(20) }, "80 % within 20 seconds"),
        (Target::WithinRings(1), "within 1 ring"),
        (Target::WithinRings(3), "within 3 rings"),
        (Target::AtLeast(1), "at least once"),
        (Target::AtLeast(2), "at least twice"),
        (Target::AtLeast(3), "at least 3 times"),
        (Target::AtMost(1), "at most once"),
        (Target::AtMost(2), "at most twice"),
        (Target::Every(secs(3600)), "at least once every hour"),
        (Target::Every(secs(2 * 86_400)), "at least once every 2 days"),
        // Not one whole unit (half a second over): the parts are spelt out.
        (Target::Every(Duration::new(3600, 500_000_000)), "at least once every 1 hour"),
        (Target::Share(98), "in at least 98 % of cases"),
        (Target::Share(100), "in every case"),
        (Target::Always, "always"),
        (Target::Never, "never"),
    ];
    for (target, text) in targets {
        assert_eq!(target.to_string(), text);
    }
    let measured = [
        (Measurement::Duration(secs(45)), "45 seconds"),
        (Measurement::Duration(Duration::ZERO), "0 seconds"),
        (Measurement::Percent(85), "85 %"),
        (Measurement::Rings(1), "1 ring"),
        (Measurement::Rings(4), "4 rings"),
        (Measurement::Count(1), "1 time"),
        (Measurement::Count(3), "3 times"),
        (Measurement::Done(true), "done"),
        (Measurement::Done(false), "not done"),
    ];
    for (m, text) in measured {
        assert_eq!(m.to_string(), text);
    }
}

#[cfg(feature = "serde")]
#[test]
fn a_duration_that_is_not_text_is_refused_saying_what_is_expected() {
    let err = serde_json::from_str::<Target>(r#"{"within": 20}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid type: integer `20`, expected a duration such as \"20s\", \"5m\", \"24h\" or \"1h 30m\" at line 1 column 13"
    );
}
