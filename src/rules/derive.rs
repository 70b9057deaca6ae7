//! Derivation: a model and a rule set in, standards out.

use std::{collections::HashMap, sync::Arc};

use crate::{
    EnumSet, Rule, RuleSet, ServiceLevel, ServiceModel, Standard, StandardSet, StepRef, Trigger, Vocabulary,
    standard::standard::{Names, StepInfo},
};

impl RuleSet {
    /// Derives the standards of `model` at `level`: for every step, every
    /// rule whose condition holds produces one standard, with the rule's
    /// target at `level`, for the step's channels the rule can reach.
    ///
    /// Derivation cannot fail: the model and the rules were checked when
    /// they were built. The result is deterministic: steps in model order,
    /// then rules by id.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{RuleSet, ServiceLevel};
    /// # let model = service_standards::doc_model()?;
    /// let rules = RuleSet::catalogue();
    /// let basic = rules.derive(&model, ServiceLevel::Basic);
    /// let exclusive = rules.derive(&model, ServiceLevel::Exclusive);
    /// assert!(exclusive.len() >= basic.len());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn derive(&self, model: &ServiceModel, level: ServiceLevel) -> StandardSet {
        let candidates = self.candidates(model, level);
        let department_names: HashMap<&str, &Arc<str>> =
            model.departments().iter().map(|d| (d.id().as_str(), d.name_shared())).collect();
        let mut standards = Vec::new();
        for at in model.steps() {
            let step = at.step();
            let channels = at.channels();
            let Some(list) = candidates.get(step.moment().index()) else { continue };
            let mut info: Option<Arc<StepInfo>> = None;
            for &i in list {
                let Some(rule) = self.rules.get(i as usize) else { continue };
                let wanted = rule.condition.characteristic_set();
                if !wanted.is_empty() && wanted.is_disjoint(step.characteristics()) {
                    continue;
                }
                let reach = rule.reach.intersection(channels);
                if reach.is_empty() {
                    continue;
                }
                let Some(target) = rule.template().targets().get(level) else { continue };
                let info = info.get_or_insert_with(|| Arc::new(step_info(model, at, &department_names)));
                standards.push(Standard {
                    rule: Arc::clone(&rule.core),
                    step: Arc::clone(info),
                    target,
                    channels: reach,
                    derived_at: level,
                    trigger: trigger(rule, model, at, reach),
                });
            }
        }
        StandardSet::new(level, standards)
    }

    /// For each moment kind, the rules that can match a step of that kind in
    /// `model` at `level`, ascending. Rules are dropped here, once per
    /// derivation, when the profile, the brand or the level rules them out,
    /// or when they need a channel or a characteristic that no step of the
    /// model has: such rules then cost nothing per step.
    fn candidates(&self, model: &ServiceModel, level: ServiceLevel) -> Candidates {
        let (channels, characteristics) =
            model.steps().fold((EnumSet::new(), EnumSet::new()), |(ch, cs), at| {
                (ch.union(at.channels()), cs.union(at.step().characteristics()))
            });
        let can_match = |i: &u32| {
            self.rules.get(*i as usize).is_some_and(|r| {
                let wanted = r.condition.characteristic_set();
                r.template().targets().get(level).is_some()
                    && !r.reach.is_disjoint(channels)
                    && (wanted.is_empty() || !wanted.is_disjoint(characteristics))
                    && r.condition.holds_for(model.profile(), model.brand(), level)
            })
        };
        let mut any = Vec::with_capacity(self.index.any_moment.len());
        any.extend(self.index.any_moment.iter().copied().filter(can_match));
        let named: usize = self.index.by_moment.iter().map(Vec::len).sum();
        let mut flat = Vec::with_capacity(named + any.len() * self.index.by_moment.len());
        let mut ends = Vec::with_capacity(self.index.by_moment.len());
        let mut named_here = Vec::new();
        for list in &self.index.by_moment {
            named_here.clear();
            named_here.extend(list.iter().copied().filter(can_match));
            flat.extend(merge_ascending(&named_here, &any));
            ends.push(flat.len());
        }
        Candidates { flat, ends }
    }
}

/// The candidate rules of each moment kind, stored back to back.
struct Candidates {
    flat: Vec<u32>,
    /// Where each moment kind's list ends in `flat`, by the kind's index.
    ends: Vec<usize>,
}

impl Candidates {
    fn get(&self, moment: usize) -> Option<&[u32]> {
        let start = match moment.checked_sub(1) {
            Some(previous) => *self.ends.get(previous)?,
            None => 0,
        };
        self.flat.get(start..*self.ends.get(moment)?)
    }
}

fn step_info(model: &ServiceModel, at: StepRef<'_>, departments: &HashMap<&str, &Arc<str>>) -> StepInfo {
    let department = at.step().department().cloned();
    StepInfo {
        path: at.path(),
        moment: at.step().moment(),
        names: Some(Names {
            company: Arc::clone(model.name_shared()),
            sequence: Arc::clone(&at.sequence().name),
            phase: Arc::clone(&at.phase().name),
            step: Arc::clone(&at.step().name),
            department: department.as_ref().and_then(|d| departments.get(d.as_str())).map(|n| Arc::clone(n)),
        }),
        department,
    }
}

/// The first clause that made `rule` match: characteristic, factor, emotion,
/// capability, channel, moment.
fn trigger(
    rule: &Rule,
    model: &ServiceModel,
    at: StepRef<'_>,
    reach: crate::EnumSet<crate::Channel>,
) -> Trigger {
    let c = &rule.condition;
    if let Some(ch) = c.first_characteristic(at.step().characteristics()) {
        return Trigger::Characteristic(ch);
    }
    if let Some(f) = c.first_factor(model.profile()) {
        return Trigger::Factor(f);
    }
    if let Some(e) = c.emotion_set().intersection(model.brand().emotions()).first() {
        return Trigger::Emotion(e);
    }
    if let Some(cap) = c.capability_set().first() {
        return Trigger::Capability(cap);
    }
    if !c.channel_set().is_empty() {
        if let Some(ch) = reach.first() {
            return Trigger::Channel(ch);
        }
    }
    Trigger::Moment(at.step().moment())
}

/// The union of two ascending lists, ascending (the lists share no value
/// unless a rule both names and does not name a moment, which cannot be).
fn merge_ascending<'a>(a: &'a [u32], b: &'a [u32]) -> impl Iterator<Item = u32> + 'a {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || match (a.get(i), b.get(j)) {
        (Some(&x), Some(&y)) if x <= y => {
            i += 1;
            Some(x)
        }
        (_, Some(&y)) => {
            j += 1;
            Some(y)
        }
        (Some(&x), None) => {
            i += 1;
            Some(x)
        }
        (None, None) => None,
    })
}

#[cfg(test)]
mod tests {
    use super::merge_ascending;

    #[test]
    fn merges_in_order() {
        assert_eq!(merge_ascending(&[1, 4, 6], &[0, 2, 5, 9]).collect::<Vec<_>>(), [0, 1, 2, 4, 5, 6, 9]);
        assert_eq!(merge_ascending(&[], &[3]).collect::<Vec<_>>(), [3]);
        assert_eq!(merge_ascending(&[3], &[]).collect::<Vec<_>>(), [3]);
    }
}
