//! `SetDiff::between` agrees with a plain reference diff, for sets derived
//! from generated models at any levels, read back from documents or not,
//! with steps added, removed or reordered between the two.
#![cfg(feature = "serde")]

use crate::shared::models;

use std::collections::{BTreeMap, BTreeSet};

use models::model_spec;
use proptest::prelude::*;
use service_standards::prelude::*;

/// A diff as text: added, removed, targets changed, levels changed, texts changed.
type Lists = (Vec<String>, Vec<String>, Vec<String>, Vec<String>, Vec<String>);

/// The diff computed the plain way, by id.
fn reference(old: &StandardSet, new: &StandardSet) -> Lists {
    let by_id = |set: &StandardSet| -> BTreeMap<String, Standard> {
        set.iter().map(|s| (s.id().to_string(), s.clone())).collect()
    };
    let (o, n) = (by_id(old), by_id(new));
    let wording = |s: &Standard| s.statement().replace(&s.target().to_string(), "{target}");
    let mut ids: Vec<StandardId> =
        n.keys().filter(|k| !o.contains_key(*k)).map(|k| k.parse().unwrap()).collect();
    ids.sort();
    let added = ids.iter().map(ToString::to_string).collect();
    let mut ids: Vec<StandardId> =
        o.keys().filter(|k| !n.contains_key(*k)).map(|k| k.parse().unwrap()).collect();
    ids.sort();
    let removed = ids.iter().map(ToString::to_string).collect();
    let mut both: Vec<StandardId> =
        o.keys().filter(|k| n.contains_key(*k)).map(|k| k.parse().unwrap()).collect();
    both.sort();
    let (mut targets, mut levels, mut texts) = (Vec::new(), Vec::new(), Vec::new());
    for id in both {
        let (a, b) = (&o[&id.to_string()], &n[&id.to_string()]);
        if a.target() != b.target() {
            targets.push(format!("{id} {} {}", a.target(), b.target()));
        }
        if a.min_level() != b.min_level() {
            levels.push(format!("{id} {} {}", a.min_level(), b.min_level()));
        }
        if wording(a) != wording(b) {
            texts.push(id.to_string());
        }
    }
    (added, removed, targets, levels, texts)
}

fn actual(diff: &SetDiff) -> Lists {
    (
        diff.added().iter().map(ToString::to_string).collect(),
        diff.removed().iter().map(ToString::to_string).collect(),
        diff.target_changed().iter().map(|c| format!("{} {} {}", c.id(), c.before(), c.after())).collect(),
        diff.level_changed().iter().map(|c| format!("{} {} {}", c.id(), c.before(), c.after())).collect(),
        diff.text_changed().iter().map(ToString::to_string).collect(),
    )
}

fn level() -> impl Strategy<Value = ServiceLevel> {
    proptest::sample::select(ServiceLevel::ALL)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn the_diff_is_the_plain_diff(
        spec in model_spec(),
        other in model_spec(),
        a in level(),
        b in level(),
        reverse in any::<bool>(),
        read_back in any::<bool>(),
        mix in any::<bool>(),
        reorder in any::<bool>(),
    ) {
        let rules = RuleSet::catalogue();
        let old = rules.derive(&spec.build(), a);
        // The new model: the same with its phases reversed, or with another model's phases added.
        let mut changed = spec.clone();
        if reverse {
            for phases in &mut changed.sequences {
                phases.reverse();
                for phase in phases.iter_mut() {
                    phase.steps.reverse();
                }
            }
        }
        if mix {
            changed.sequences[0].extend(other.sequences[0].iter().cloned());
        }
        let mut new = rules.derive(&changed.build(), b);
        if read_back {
            new = serde_json::from_str(&serde_json::to_string(&new).unwrap()).unwrap();
        }
        // The same standards in another order (a document may list them so).
        if reorder {
            let mut doc: serde_json::Value = serde_json::to_value(&new).unwrap();
            if let Some(list) = doc["standards"].as_array_mut() {
                list.reverse();
                let half = list.len() / 2;
                list.rotate_left(half);
            }
            new = serde_json::from_value(doc).unwrap();
        }
        prop_assert_eq!(actual(&SetDiff::between(&old, &new)), reference(&old, &new));
        prop_assert_eq!(actual(&SetDiff::between(&new, &old)), reference(&new, &old));
        let unique: BTreeSet<String> = new.iter().map(|s| s.id().to_string()).collect();
        prop_assert_eq!(unique.len(), new.len());
    }
}
