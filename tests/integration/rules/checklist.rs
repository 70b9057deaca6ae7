//! A real checklist of a trade, item by item, and the items a derived set
//! misses: what every `recall_<pack>.rs` counts with.

use service_standards::prelude::*;

/// One item of a checklist: what it asks, the concerns a standard on it
/// would have, and the target a manager would audit.
pub struct Item {
    pub asks: &'static str,
    pub concerns: &'static [&'static str],
    pub target: Target,
}

/// An item of a checklist.
pub const fn item(asks: &'static str, concerns: &'static [&'static str], target: Target) -> Item {
    Item { asks, concerns, target }
}

/// What the items ask that `set` does not derive: an item is derived when
/// a standard or a policy of the set has one of its concerns with its
/// target or a stricter one.
pub fn missed(set: &StandardSet, items: &[Item]) -> Vec<&'static str> {
    let standards = set.iter().chain(set.policies().iter().map(Policy::standard));
    let found: Vec<(&str, Target)> = standards.map(|s| (s.concern().as_str(), s.target())).collect();
    let derived = |item: &Item| {
        found.iter().any(|&(concern, target)| {
            item.concerns.contains(&concern) && target.is_at_least_as_strict_as(&item.target)
        })
    };
    items.iter().filter(|i| !derived(i)).map(|i| i.asks).collect()
}

/// The standards of `set` at `path`, as `(concern, rule, target)`.
pub fn at(set: &StandardSet, path: &str) -> Vec<(String, String, Target)> {
    let path: StepPath = path.parse().unwrap();
    set.at_step(&path).map(|s| (s.concern().to_string(), s.rule().to_string(), s.target())).collect()
}

/// The rule and target of the standard of `concern` at `path`.
pub fn of(set: &StandardSet, path: &str, concern: &str) -> Option<(String, Target)> {
    at(set, path).into_iter().find(|(c, _, _)| c == concern).map(|(_, r, t)| (r, t))
}
