//! Serialise, then deserialise, gives back the same value, through JSON and
//! TOML, for every public type that reads back from a document: ids and
//! paths, targets and measurements, factors and profiles, rule sets,
//! audits, feedback and issued sets. (Models and standard sets:
//! `model_serde.rs`; vocabularies: `base/vocabulary.rs`; statements are written
//! as text and read back as part of a rule.)
#![cfg(feature = "serde")]

use crate::shared::{models, user_rules};

use std::{fmt::Debug, time::Duration};

use models::{factor, model_spec};
use proptest::prelude::*;
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use service_standards::prelude::*;

/// TOML documents are tables, so a bare value travels inside one.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Doc<T> {
    value: T,
}

fn round_trips<T: Serialize + DeserializeOwned + PartialEq + Debug>(value: &T) -> Result<(), TestCaseError> {
    let json = serde_json::to_string(value).unwrap();
    let back: T = serde_json::from_str(&json).map_err(|e| TestCaseError::fail(format!("{e}: {json}")))?;
    prop_assert_eq!(&back, value, "JSON {}", json);
    let toml = toml::to_string(&Doc { value }).unwrap();
    let back: Doc<T> = toml::from_str(&toml).map_err(|e| TestCaseError::fail(format!("{e}: {toml}")))?;
    prop_assert_eq!(&back.value, value, "TOML {}", toml);
    Ok(())
}

fn any_id() -> impl Strategy<Value = Id> {
    "[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?".prop_map(|s| Id::new(&s).unwrap())
}

fn any_path() -> impl Strategy<Value = StepPath> {
    (any_id(), any_id(), any_id()).prop_map(|(q, p, s)| StepPath::new(q, p, s))
}

fn any_standard_id() -> impl Strategy<Value = StandardId> {
    (any_id(), any_path()).prop_map(|(rule, step)| StandardId::new(rule, step))
}

/// Any duration a target may name: 1 s to [`Target::MAX_DURATION`], in
/// whole seconds (finer ones are refused: see `sub_second_durations_are_refused`).
fn any_duration() -> impl Strategy<Value = Duration> {
    let max = Target::MAX_DURATION.as_secs();
    prop_oneof![
        (1..=max).prop_map(Duration::from_secs),
        (1..=86_400u64).prop_map(Duration::from_secs),
        Just(Target::MAX_DURATION),
    ]
}

fn any_target() -> impl Strategy<Value = Target> {
    prop_oneof![
        any_duration().prop_map(Target::Within),
        (1..=100u8, any_duration()).prop_map(|(percent, within)| Target::ShareWithin { percent, within }),
        (1..=u8::MAX).prop_map(Target::WithinRings),
        (1..=u16::MAX).prop_map(Target::AtLeast),
        (1..=u16::MAX).prop_map(Target::AtMost),
        any_duration().prop_map(Target::Every),
        (1..=100u8).prop_map(Target::Share),
        Just(Target::Always),
        Just(Target::Never),
        (1..=1_000_000u32).prop_map(|mm| Target::FromDistance(Distance::from_millimetres(mm))),
        // Feet stay feet, to the thousandth (0.004 ft is the first whole millimetre).
        (4..=3_280_839u32).prop_map(|t| {
            Target::FromDistance(format!("{}.{:03}ft", t / 1000, t % 1000).parse().unwrap())
        }),
        any_cover().prop_map(Target::Cover),
        (any_duration(), any_duration())
            .prop_filter("a range", |(a, b)| a != b)
            .prop_map(|(a, b)| Target::Between { min: a.min(b), max: a.max(b) }),
        (1..=Amount::MAX_VALUE, "[A-Z]{3}").prop_map(|(v, c)| Target::UpTo(Amount::new(v, &c).unwrap())),
    ]
}

fn any_cover() -> impl Strategy<Value = Cover> {
    use jiff::civil::Weekday::*;
    const DAYS: [jiff::civil::Weekday; 7] = [Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday];
    prop_oneof![
        Just(Cover::AROUND_THE_CLOCK),
        (proptest::sample::subsequence(DAYS.to_vec(), 1..=7), 0..1440u16, 1..=1440u16)
            .prop_filter("from before to", |(_, a, b)| a < b)
            .prop_map(|(days, a, b)| {
                let hm = |m: u16| ((m / 60) as u8, (m % 60) as u8);
                Cover::new(days, hm(a), hm(b)).unwrap()
            }),
    ]
}

fn any_measurement() -> impl Strategy<Value = Measurement> {
    prop_oneof![
        prop_oneof![Just(Duration::ZERO), any_duration()].prop_map(Measurement::Duration),
        (0..=100u8).prop_map(Measurement::Percent),
        any::<u8>().prop_map(Measurement::Rings),
        any::<u16>().prop_map(Measurement::Count),
        (1..=1_000_000u32).prop_map(|mm| Measurement::Distance(Distance::from_millimetres(mm))),
        any::<bool>().prop_map(Measurement::Done),
    ]
}

fn any_verdict() -> impl Strategy<Value = Verdict> {
    proptest::sample::select(Verdict::ALL)
}

fn any_audit() -> impl Strategy<Value = Audit> {
    let entry = (
        proptest::option::of(any_verdict()),
        proptest::option::of(any_measurement()),
        proptest::option::of(prop_oneof![
            0.001..=AuditEntry::MAX_WEIGHT,
            Just(AuditEntry::MAX_WEIGHT),
            Just(AuditEntry::CRITICAL_WEIGHT)
        ]),
        proptest::option::of("\\PC{1,20}"),
    );
    // Keys of a map, so the ids are distinct.
    proptest::collection::btree_map(any_standard_id(), entry, 0..8).prop_map(|entries| {
        let entries = entries.into_iter().map(|(id, (verdict, measured, weight, note))| {
            let mut entry = AuditEntry::new(id.to_string());
            if let Some(v) = verdict {
                entry = entry.verdict(v);
            }
            // An entry needs a verdict or a measurement.
            match measured {
                Some(m) => entry = entry.measured(m),
                None if verdict.is_none() => entry = entry.verdict(Verdict::NotObserved),
                None => {}
            }
            if let Some(w) = weight {
                entry = entry.weight(w);
            }
            if let Some(n) = note {
                entry = entry.note(n);
            }
            entry
        });
        Audit::builder().entries(entries).build().unwrap()
    })
}

fn any_feedback() -> impl Strategy<Value = Feedback> {
    let bound = -Scale::LIMIT..=Scale::LIMIT;
    (bound.clone(), bound)
        .prop_filter("an empty scale", |(a, b)| a != b)
        .prop_flat_map(|(a, b)| {
            let (min, max) = if a < b { (a, b) } else { (b, a) };
            let score = prop_oneof![min..=max, Just(min), Just(max)];
            let subject = prop_oneof![
                proptest::sample::select(QualityDimension::ALL).prop_map(Subject::Dimension),
                (any_id(), any_id()).prop_map(|(q, p)| Subject::Phase(PhasePath::new(q, p))),
            ];
            let item = (subject, score.clone(), score, proptest::option::of(0.001..=AuditEntry::MAX_WEIGHT))
                .prop_map(|(subject, e, p, importance)| {
                    let item = FeedbackItem::new(subject, e, p);
                    match importance {
                        Some(w) => item.importance(w),
                        None => item,
                    }
                });
            (Just(Scale::new(min, max).unwrap()), proptest::collection::vec(item, 1..8))
        })
        .prop_map(|(scale, items)| Feedback::builder(scale).items(items).build().unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn ids_paths_and_standard_ids(id in any_id(), path in any_path(), standard in any_standard_id()) {
        round_trips(&id)?;
        round_trips(&path)?;
        round_trips(path.phase_path())?;
        prop_assert!(path.phase_path().contains(&path));
        prop_assert_eq!(&path.phase_path().to_string().parse::<PhasePath>().unwrap(), path.phase_path());
        round_trips(&standard)?;
    }

    #[test]
    fn sub_second_durations_are_refused(seconds in 0..1000u64, nanos in 1..1_000_000_000u32) {
        let d = Duration::new(seconds, nanos);
        prop_assert!(!Target::Within(d).is_in_range());
        prop_assert!(!Measurement::Duration(d).is_in_range());
        let written = format!("{{\"within\":\"{seconds}s {nanos}ns\"}}");
        prop_assert!(serde_json::from_str::<Target>(&written).is_err());
    }

    #[test]
    fn targets_and_measurements(target in any_target(), measured in any_measurement()) {
        prop_assert!(target.is_in_range());
        round_trips(&target)?;
        prop_assert!(measured.is_in_range());
        round_trips(&measured)?;
    }

    #[test]
    fn factors_and_profiles(factors in proptest::collection::vec(factor(), 0..12)) {
        let mut profile = ServiceProfile::builder();
        for f in &factors {
            round_trips(f)?;
            profile = profile.factor(*f);
        }
        round_trips(&profile.build())?;
    }

    #[test]
    fn rule_sets(rules in user_rules::any_rules()) {
        round_trips(&rules)?;
    }

    #[test]
    fn audits(audit in any_audit()) {
        round_trips(&audit)?;
    }

    #[test]
    fn feedback(feedback in any_feedback()) {
        round_trips(&feedback)?;
    }

    #[test]
    fn issued_sets(
        spec in model_spec(),
        level in proptest::sample::select(ServiceLevel::ALL),
        day in 0..3650i32,
        months in 1..=12u8,
    ) {
        let set = RuleSet::catalogue().derive(&spec.build(), level);
        let on = jiff::civil::date(2024, 1, 1).checked_add(jiff::Span::new().days(day)).unwrap();
        let issued = IssuedSet::new(set, on).review_every(months).unwrap();
        round_trips(&issued)?;
    }
}
