//! Generated user rule sets (valid by construction), merged with the
//! catalogue, for properties of derivation over any rules a user may write.

use std::time::Duration;

use proptest::{prelude::*, sample::subsequence};
use service_standards::prelude::*;

use super::models::factor;

fn one_of<T: Vocabulary>() -> impl Strategy<Value = T> {
    proptest::sample::select(T::ALL)
}

fn some_of<T: Vocabulary>(max: usize) -> impl Strategy<Value = Vec<T>> {
    subsequence(T::ALL.to_vec(), 0..=max.min(T::ALL.len()))
}

/// Targets for basic, expected and exclusive, each at least as strict as the one before.
fn tiers() -> impl Strategy<Value = [Target; 3]> {
    let secs = |s: u64| Duration::from_secs(s.max(1));
    prop_oneof![
        (10..7200u64).prop_map(move |s| [s, s * 3 / 4, s / 2].map(|s| Target::Within(secs(s)))),
        (50..=90u8, 10..600u64).prop_map(move |(p, s)| {
            [p, p + 5, p + 10].map(|percent| Target::ShareWithin { percent, within: secs(s) })
        }),
        (2..8u8).prop_map(|r| [r, r - 1, (r - 2).max(1)].map(Target::WithinRings)),
        (1..4u16).prop_map(|n| [n, n + 1, n + 2].map(Target::AtLeast)),
        (1..4u16).prop_map(|n| [n, n, n].map(Target::AtMost)),
        (600..86_400u64).prop_map(move |s| [s, s / 2, s / 4].map(|s| Target::Every(secs(s)))),
        (80..=98u8).prop_map(|p| [p, p + 1, p + 2].map(Target::Share)),
        Just([Target::Always; 3]),
        Just([Target::Never; 3]),
    ]
}

const STATEMENTS: [&str; 5] = [
    "Serve every customer {target}",
    "At {step} in {phase}, answer on {channel} {target}",
    "{department} keeps the promise made at {moment} {target}",
    "Show that {company} is {characteristic} in {sequence}",
    "Do what the customer asked, without exception",
];

/// Concerns a user rule may name: the catalogue's most contested ones, so
/// that user rules and catalogue rules meet at steps, or its own.
const CONCERNS: [Option<&str>; 6] = [
    None,
    Some("speed-of-answer"),
    Some("first-reply-email"),
    Some("greeting-on-arrival"),
    Some("queue-information"),
    Some("complaint-resolution"),
];

/// One user rule, or `None` when the draw is not a valid rule (a condition
/// that tests nothing or can never match): those are dropped.
fn user_rule(index: usize) -> impl Strategy<Value = Option<RuleBuilder>> {
    let condition = (
        some_of::<MomentKind>(2),
        some_of::<Channel>(2),
        some_of::<Capability>(1),
        some_of::<Characteristic>(2),
        proptest::collection::vec(factor(), 0..2),
        some_of::<Emotion>(1),
        one_of::<ServiceLevel>(),
        (
            proptest::option::of(one_of::<Initiator>()),
            any::<bool>(),
            some_of::<Channel>(1),
            some_of::<MomentKind>(1),
        ),
    )
        .prop_map(
            |(
                moments,
                channels,
                capabilities,
                characteristics,
                factors,
                emotions,
                level,
                (by, opening, not_channels, not_moments),
            )| {
                let mut condition = Condition::builder()
                    .moments(moments)
                    .channels(channels)
                    .capabilities(capabilities)
                    .characteristics(characteristics)
                    .factors(factors)
                    .emotions(emotions)
                    .from_level(level)
                    .except_channels(not_channels)
                    .except_moments(not_moments);
                if let Some(by) = by {
                    condition = condition.started_by(by);
                }
                if opening {
                    condition = condition.opening();
                }
                condition.build()
            },
        );
    (
        condition,
        one_of::<StandardKind>(),
        one_of::<QualityDimension>(),
        proptest::sample::select(&STATEMENTS[..]),
        tiers(),
        (
            proptest::sample::select(&CONCERNS[..]),
            proptest::option::weighted(0.15, one_of::<PolicyScope>()),
            any::<bool>(),
        ),
    )
        .prop_map(move |(condition, kind, dimension, statement, tiers, (concern, policy, below))| {
            let from = condition.min_level();
            let mut targets = LevelTargets::new();
            // A target below the rule's level is never used, but a builder
            // keeps it: it too must write and read back.
            for (level, target) in ServiceLevel::ALL.iter().copied().zip(tiers) {
                if level >= from || below {
                    targets = targets.at(level, target);
                }
            }
            let mut rule = Rule::builder(format!("user-{index}"))
                .when(condition)
                .kind(kind)
                .dimension(dimension)
                .statement(statement)
                .targets(targets);
            if let Some(concern) = concern {
                rule = rule.concern(concern);
            }
            if let Some(policy) = policy {
                rule = rule.policy(policy);
            } else if below {
                rule = rule.once_per_contact();
            }
            rule.clone().build().is_ok().then_some(rule)
        })
}

/// The catalogue merged with up to five generated user rules.
pub fn any_rules() -> impl Strategy<Value = RuleSet> {
    (0..=5usize).prop_flat_map(|n| (0..n).map(user_rule).collect::<Vec<_>>()).prop_map(|drawn| {
        let mine =
            drawn.into_iter().flatten().fold(RuleSet::builder(), RuleSetBuilder::rule).build().unwrap();
        RuleSet::catalogue().merge(&mine).unwrap()
    })
}
