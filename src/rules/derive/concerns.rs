//! Stage 2, concerns and precedence: a step keeps at most one standard per
//! concern. Where several rules of one concern match a step, one wins by
//! [`Precedence`], and each standard that lost is recorded with the one
//! kept and what decided between the two.

use std::sync::Arc;

use crate::{
    rules::Rule,
    rules::rule_set::{ConcernNo, RuleRef},
    standard::Precedence,
    standard::Standard,
    standard::Superseded,
    standard::Target,
    standard::source::Source,
};

/// Which of two rules of one concern wins at a step: the challenger `a`
/// (with its target there) or the incumbent `b`; and what decided.
pub(super) fn precedence(a: &Rule, a_target: Target, b: &Rule, b_target: Target) -> (Precedence, bool) {
    let (a_scoped, b_scoped) = (a.scope.is_some(), b.scope.is_some());
    if a_scoped != b_scoped {
        return (Precedence::Scope, a_scoped);
    }
    if a.catalogue != b.catalogue {
        return (Precedence::UserRule, !a.catalogue);
    }
    let (a_specific, b_specific) = (a.specificity, b.specificity);
    if a_specific != b_specific {
        return (Precedence::Specificity, a_specific > b_specific);
    }
    let (a_stricter, b_stricter) =
        (a_target.is_at_least_as_strict_as(&b_target), b_target.is_at_least_as_strict_as(&a_target));
    if a_stricter != b_stricter {
        return (Precedence::StricterTarget, a_stricter);
    }
    (Precedence::RuleId, a.id() < b.id())
}

/// A standard derived at the current step, with the rule that gave it.
pub(super) struct Entry<'a> {
    pub(super) rule: RuleRef<'a>,
    pub(super) standard: Standard,
    /// For a standard kept for its concern and then left out because an
    /// earlier step of the contact stated the concern: the rule that did.
    pub(super) earlier: Option<&'a Arc<Source>>,
}

impl<'a> Entry<'a> {
    pub(super) fn new(rule: RuleRef<'a>, standard: Standard) -> Self {
        Self { rule, standard, earlier: None }
    }
}

/// The current step's standards while its concerns are decided: one kept
/// per concern, the others lost.
pub(super) struct Contest<'a> {
    /// The standard kept for each concern, in the order the concerns came.
    kept: Vec<Entry<'a>>,
    /// Where each concern's standard is in `kept`: every place set at this
    /// step is below `kept.len()`, since a place is set only as its entry
    /// is pushed, and both are cleared together at the next step.
    places: PerConcern<usize>,
    /// The standards that lost, in the order they lost.
    lost: Vec<Entry<'a>>,
    /// Whether a later rule took an earlier one's place (then `kept` is not
    /// in rule order).
    reordered: bool,
    /// Room to sort the kept standards in, when they are not in rule order
    /// (kept from step to step so that it allocates once).
    sorted: Vec<Entry<'a>>,
}

impl<'a> Contest<'a> {
    /// A contest for rules of `concerns` concerns.
    pub(super) fn new(concerns: usize) -> Self {
        Self {
            kept: Vec::new(),
            places: PerConcern::new(concerns),
            lost: Vec::new(),
            reordered: false,
            sorted: Vec::new(),
        }
    }

    /// Moves to the next step: nothing is kept or lost there yet.
    pub(super) fn next_step(&mut self) {
        self.kept.clear();
        self.lost.clear();
        self.places.next();
        self.reordered = false;
    }

    /// Enters a standard: it is kept if it is the first of its concern at
    /// this step or wins over the one kept so far, and lost otherwise.
    pub(super) fn enter(&mut self, challenger: Entry<'a>) {
        let concern = challenger.rule.concern;
        let Some(incumbent) = kept_for(&mut self.kept, &self.places, concern) else {
            self.places.set(concern, self.kept.len());
            self.kept.push(challenger);
            return;
        };
        let (a, b) = (&challenger, &*incumbent);
        if precedence(a.rule.rule, a.standard.target(), b.rule.rule, b.standard.target()).1 {
            self.lost.push(std::mem::replace(incumbent, challenger));
            self.reordered = true;
        } else {
            self.lost.push(challenger);
        }
    }

    /// The standards kept at this step, one per concern, in the order their
    /// concerns came, for the contact stage to say which are left out.
    pub(super) fn kept_mut(&mut self) -> &mut [Entry<'a>] {
        &mut self.kept
    }

    /// Records each standard that lost at this step, naming the one kept
    /// for its concern and what decides between those two; or, where that
    /// one is left out for a rule earlier in the contact, naming that rule
    /// ([`Precedence::EarlierInContact`]): what lost to a standard left out
    /// lost, in the end, to the earlier rule.
    pub(super) fn settle(&mut self, superseded: &mut Vec<Superseded>) {
        for loser in self.lost.drain(..) {
            let winner = kept_for(&mut self.kept, &self.places, loser.rule.concern);
            // A standard lost to one of its concern, which is kept.
            debug_assert!(winner.is_some(), "a standard was kept for the concern of each one that lost");
            let Some(winner) = winner else { continue };
            let (by, reason) = match winner.earlier {
                Some(earlier) => (earlier, Precedence::EarlierInContact),
                None => {
                    let (w, l) = (&*winner, &loser);
                    let reason =
                        precedence(w.rule.rule, w.standard.target(), l.rule.rule, l.standard.target()).0;
                    (winner.standard.source(), reason)
                }
            };
            let (lost_source, lost_step) = loser.standard.into_parts();
            superseded.push(Superseded::new(lost_source, Arc::clone(by), lost_step, reason));
        }
    }

    /// Moves the standards kept at this step to `standards`, in rule order,
    /// except those left out for a rule earlier in the contact: each of
    /// those is recorded in `superseded` as lost to that rule
    /// ([`Precedence::EarlierInContact`]), in the order their concerns came.
    pub(super) fn finish(&mut self, standards: &mut Vec<Standard>, superseded: &mut Vec<Superseded>) {
        // Kept in the concerns' order, which is rule order unless a later
        // rule took an earlier one's place: then they are sorted first.
        let mut sorted = std::mem::take(&mut self.sorted);
        for entry in self.kept.drain(..) {
            if let Some(earlier) = entry.earlier {
                let (source, step) = entry.standard.into_parts();
                superseded.push(Superseded::new(
                    source,
                    Arc::clone(earlier),
                    step,
                    Precedence::EarlierInContact,
                ));
            } else if self.reordered {
                sorted.push(entry);
            } else {
                standards.push(entry.standard);
            }
        }
        if self.reordered {
            sorted.sort_unstable_by_key(|e| e.rule.pos);
            standards.extend(sorted.drain(..).map(|e| e.standard));
        }
        self.sorted = sorted;
    }
}

/// The standard kept for `concern` at this step, if there is one.
fn kept_for<'k, 'a>(
    kept: &'k mut [Entry<'a>],
    places: &PerConcern<usize>,
    concern: ConcernNo,
) -> Option<&'k mut Entry<'a>> {
    let place = places.get(concern)?;
    let entry = kept.get_mut(*place);
    debug_assert!(entry.is_some(), "the place of a concern's standard is in the step's list");
    entry
}

/// A value per concern, set anew in each period (a step, a contact): a
/// slot per concern number, stamped with the period it was set in, so that
/// starting a new period clears every slot at once.
pub(super) struct PerConcern<T> {
    /// Per concern number: the period it was set in, and the value.
    slots: Vec<(u32, Option<T>)>,
    /// The current period, counted from 1 (0 marks a slot never set).
    now: u32,
}

impl<T> PerConcern<T> {
    /// A table for `concerns` concerns, in its first period.
    pub(super) fn new(concerns: usize) -> Self {
        Self { slots: std::iter::repeat_with(|| (0, None)).take(concerns).collect(), now: 1 }
    }

    /// Starts a new period: no concern has a value in it yet.
    pub(super) fn next(&mut self) {
        self.now = self.now.wrapping_add(1);
        if self.now == 0 {
            // After 2³² − 1 periods the stamps start again from a clean table.
            self.slots.iter_mut().for_each(|slot| *slot = (0, None));
            self.now = 1;
        }
    }

    /// The value of `concern` in this period, if it has one.
    pub(super) fn get(&self, concern: ConcernNo) -> Option<&T> {
        let slot = self.slots.get(concern.index());
        debug_assert!(slot.is_some(), "a slot for every concern of the rule set");
        slot.filter(|(at, _)| *at == self.now).and_then(|(_, value)| value.as_ref())
    }

    /// Sets the value of `concern` in this period.
    pub(super) fn set(&mut self, concern: ConcernNo, value: T) {
        let slot = self.slots.get_mut(concern.index());
        debug_assert!(slot.is_some(), "a slot for every concern of the rule set");
        if let Some(slot) = slot {
            *slot = (self.now, Some(value));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Contest, Entry, PerConcern};
    use crate::{
        error::Error,
        model::ServiceLevel,
        rules::RuleSet,
        rules::rule_set::{ConcernNo, RuleRef},
        standard::Precedence,
        standard::Standard,
    };

    #[test]
    fn a_value_lasts_for_its_period() {
        let concerns: Vec<ConcernNo> = RuleSet::catalogue().positioned().map(|r| r.concern).take(2).collect();
        let [a, b] = concerns[..] else { panic!("two rules") };
        let mut table = PerConcern::new(RuleSet::catalogue().concerns());
        assert_eq!(table.get(a), None);
        table.set(a, 7);
        assert_eq!(table.get(a), Some(&7));
        assert_eq!(table.get(b), if a == b { Some(&7) } else { None });
        table.next();
        assert_eq!(table.get(a), None);
        // The stamps wrap around without a value of an old period coming back.
        table.set(a, 8);
        table.now = u32::MAX;
        table.next();
        assert_eq!((table.now, table.get(a)), (1, None));
    }

    /// A standard of `rule` at the step of `sample`.
    fn entry<'a>(rule: RuleRef<'a>, sample: &Standard) -> Entry<'a> {
        let target = rule.rule.template().targets().get(ServiceLevel::Expected).unwrap_or(sample.target());
        let standard = Standard::new(
            rule.rule.source.clone(),
            sample.step_info().clone(),
            target,
            sample.channels(),
            ServiceLevel::Expected,
            sample.provenance(),
        );
        Entry::new(rule, standard)
    }

    /// Rules of two concerns entered in either order: one of each concern
    /// is kept, each other one is recorded once as lost to the one kept for
    /// its concern, and the kept standards come out in rule order.
    #[test]
    fn one_standard_per_concern_and_every_loser_recorded() -> Result<(), Error> {
        let model = include!("../../../tests/fixtures/doc_model.rs")?;
        let rules = RuleSet::catalogue();
        let set = rules.derive(&model, ServiceLevel::Expected);
        let sample = set.iter().next().cloned().expect("a standard");
        let of = |concern: &str| -> Vec<RuleRef<'_>> {
            rules.positioned().filter(|r| r.rule.concern().as_str() == concern).collect()
        };
        let (one, other) = (of("speed-of-answer"), of("complaint-resolution"));
        assert!(one.len() >= 2 && other.len() >= 2, "{} and {} rules", one.len(), other.len());
        let mut contest = Contest::new(rules.concerns());
        for reverse in [false, true] {
            contest.next_step();
            let mut entries: Vec<RuleRef<'_>> = one.iter().chain(&other).copied().collect();
            if reverse {
                entries.reverse();
            }
            for rule in entries {
                contest.enter(entry(rule, &sample));
            }
            let mut superseded = Vec::new();
            contest.settle(&mut superseded);
            assert_eq!(superseded.len(), one.len() + other.len() - 2);
            let mut standards = Vec::new();
            contest.finish(&mut standards, &mut superseded);
            assert_eq!(standards.len(), 2);
            assert!(standards[0].rule() < standards[1].rule());
            for lost in &superseded {
                assert_ne!(lost.reason(), Precedence::EarlierInContact);
                let kept = standards.iter().find(|k| k.concern() == lost.concern()).expect("one kept");
                assert_eq!(lost.by(), kept.rule());
            }
        }
        Ok(())
    }
}
