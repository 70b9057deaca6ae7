//! Stage 1, candidates for a step: the rules that can match a step of each
//! kind, listed once per derivation and level, and what decides at a step
//! whether one of them matches there.

use crate::{
    model::Channel, model::Characteristic, model::EnumSet, model::Initiator, model::MomentKind, model::Phase,
    model::Sequence, model::ServiceLevel, model::ServiceModel, model::ServiceProfile, model::StandardKind,
    model::Step, model::StepRef, model::Vocabulary, rules::RuleSet, rules::condition::ScopeIds,
    rules::rule_set::RuleRef, rules::rule_set::factor_bits, standard::Provenance, standard::Target,
};

/// A rule that can match at the level its list was made for, with its
/// target there (a rule with no target at a level is no candidate) and
/// the clauses tested at every step, copied so that a step that fails
/// them does not read the rule.
#[derive(Debug, Clone, Copy)]
pub(super) struct Candidate<'a> {
    pub(super) rule: RuleRef<'a>,
    pub(super) target: Target,
    /// The characteristics the rule wants, one of which a step must have
    /// (none: no such clause).
    characteristics: EnumSet<Characteristic>,
    /// The channels the rule can reach.
    reach: EnumSet<Channel>,
    /// The rule's scope, if it has one.
    scope: Option<&'a ScopeIds>,
    /// What made the rule match as far as the model as a whole decides (a
    /// factor, an emotion, a capability), for its standards' provenance.
    model_wide: Option<Provenance>,
    /// Whether the rule names channels.
    names_channels: bool,
    /// Whether the rule tests facts of the step itself (place, data,
    /// hand-over, seriousness), asked at each step only then.
    step_facts: bool,
    /// Whether the rule tests where the step stands in its phase or
    /// sequence, asked at each step only then.
    position: bool,
}

impl<'a> Candidate<'a> {
    fn new(rule: RuleRef<'a>, target: Target, model: &ServiceModel, profile: &ServiceProfile) -> Self {
        let c = &rule.rule.condition;
        let model_wide = c
            .first_factor(profile)
            .map(Provenance::Factor)
            .or_else(|| c.emotions().intersection(model.brand().emotions()).first().map(Provenance::Emotion))
            .or_else(|| c.capabilities().first().map(Provenance::Capability));
        Self {
            rule,
            target,
            characteristics: c.characteristics(),
            reach: rule.rule.reach,
            scope: rule.rule.scope.as_deref(),
            model_wide,
            names_channels: !c.channels().is_empty(),
            step_facts: c.tests_step_facts(),
            position: c.tests_position(),
        }
    }

    /// The first clause that made the rule match at `at`, reaching
    /// `reach`: characteristic, factor, emotion, capability, channel,
    /// moment.
    pub(super) fn provenance(&self, at: StepRef<'_>, reach: EnumSet<Channel>) -> Provenance {
        let step = at.step();
        if let Some(ch) = self.characteristics.intersection(step.characteristics()).first() {
            return Provenance::Characteristic(ch);
        }
        if let Some(because) = self.model_wide {
            return because;
        }
        match reach.first() {
            Some(ch) if self.names_channels => Provenance::Channel(ch),
            _ => Provenance::Moment(step.moment()),
        }
    }

    /// The channels of the step at `at` (which uses `channels`) that the
    /// rule reaches, if the rule matches there. What the list of the step's
    /// kind already settled (level, profile, brand, moment, contact) is not
    /// asked again.
    pub(super) fn reach_at(
        &self,
        at: StepRef<'_>,
        channels: EnumSet<Channel>,
        before: &Before<'_>,
    ) -> Option<EnumSet<Channel>> {
        let wanted = self.characteristics;
        if !wanted.is_empty() && wanted.is_disjoint(at.step().characteristics()) {
            return None;
        }
        let reach = self.reach.intersection(channels);
        if reach.is_empty() || self.scope.is_some_and(|scope| !scope.contains(at)) {
            return None;
        }
        if self.step_facts && !self.rule.rule.condition.step_facts_hold(at.step()) {
            return None;
        }
        if self.position && !self.rule.rule.condition.position_holds(before.in_phase, before.in_sequence) {
            return None;
        }
        Some(reach)
    }
}

/// The kinds of step met before the current one in its phase and in its
/// sequence, gathered as the derivation walks the model in order: what the
/// position clauses (`after_in_phase`, `after_in_sequence`,
/// `except_after_in_phase`) test, without
/// walking back over the steps.
#[derive(Debug, Default)]
pub(super) struct Before<'a> {
    sequence: Option<&'a Sequence>,
    phase: Option<&'a Phase>,
    pub(super) in_phase: EnumSet<MomentKind>,
    pub(super) in_sequence: EnumSet<MomentKind>,
}

impl<'a> Before<'a> {
    /// Moves to the step at `at`: a new phase or sequence starts with
    /// nothing met in it.
    pub(super) fn enter(&mut self, at: StepRef<'a>) {
        if !self.sequence.is_some_and(|s| std::ptr::eq(s, at.sequence())) {
            self.sequence = Some(at.sequence());
            self.in_sequence = EnumSet::new();
            self.phase = None;
        }
        if !self.phase.is_some_and(|p| std::ptr::eq(p, at.phase())) {
            self.phase = Some(at.phase());
            self.in_phase = EnumSet::new();
        }
    }

    /// Counts the step at `at` as met, for the steps after it.
    pub(super) fn leave(&mut self, at: StepRef<'a>) {
        self.in_phase.insert(at.step().moment());
        self.in_sequence.insert(at.step().moment());
    }
}

/// The candidate rules of each moment kind and kind of contact, at one
/// level, stored back to back.
pub(super) struct Candidates<'a> {
    /// The lists, one after the other, each ascending by rule position.
    flat: Vec<Candidate<'a>>,
    /// Where each list starts and ends in `flat`, by [`slot`]: one for
    /// every slot, made with the lists.
    spans: Vec<(usize, usize)>,
}

/// What a step is to its contact: it continues one, opens one, or is no
/// contact at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    /// The step continues the contact open before it.
    Continues = 0,
    /// The step opens a contact.
    Opens = 1,
    /// The step is no contact ([`Step::is_contact`]).
    None = 2,
}

impl Part {
    /// Every part, in slot order.
    const ALL: [Self; 3] = [Self::Continues, Self::Opens, Self::None];

    /// The part `step` plays.
    fn of(step: &Step) -> Self {
        if !step.is_contact() {
            Self::None
        } else if step.opens_contact() {
            Self::Opens
        } else {
            Self::Continues
        }
    }

    /// Whether a rule may match a step of this part: at a step that is no
    /// contact, only a rule about the work, not about how staff deal with
    /// the customer (no personal-contact standard, none stated once per
    /// contact, none that needs a contact to open).
    fn admits(self, rule: &crate::rules::Rule) -> bool {
        match self {
            Self::Continues => rule.condition.contact_holds_at(false),
            Self::Opens => true,
            Self::None => {
                rule.condition.contact_holds_at(false)
                    && !rule.once_per_contact
                    && rule.template().kind() != StandardKind::PersonalContact
            }
        }
    }
}

/// How many lists there are: one per moment kind, initiator, and part a
/// step plays in its contact.
const SLOTS: usize = MomentKind::ALL.len() * Initiator::ALL.len() * Part::ALL.len();

/// The list of a step of kind `moment`, started by `initiator`, playing
/// `part` in its contact: below [`SLOTS`].
fn slot(moment: MomentKind, initiator: Initiator, part: Part) -> usize {
    (moment.index() * Initiator::ALL.len() + initiator.index()) * Part::ALL.len() + part as usize
}

impl<'a> Candidates<'a> {
    /// For each moment kind and kind of contact, the rules that can match a
    /// step of that kind in `model` at `level`, ascending. Rules are
    /// dropped here, once per derivation, when the profile, the brand or
    /// the level rules them out, when they have no target at `level`, or
    /// when they need a channel or a characteristic that no step of the
    /// model has: such rules then cost nothing per step.
    pub(super) fn new(
        rules: &'a RuleSet,
        model: &ServiceModel,
        profile: &ServiceProfile,
        level: ServiceLevel,
    ) -> Self {
        let (channels, characteristics) =
            model.steps().fold((EnumSet::new(), EnumSet::new()), |(ch, cs), at| {
                (ch.union(at.channels()), cs.union(at.step().characteristics()))
            });
        let emotions = model.brand().emotions();
        let factors = factor_bits(profile.factors());
        let able: Vec<Candidate<'a>> = rules
            .positioned()
            .zip(rules.gates())
            // The small gate first (level, reach, characteristics, brand,
            // profile): a rule it shuts is never read. What is left to ask
            // of the rule itself is its target and its pack.
            .filter(|(_, gate)| gate.opens(level, channels, characteristics, emotions, &factors))
            .filter_map(|(rule, _)| {
                let r = rule.rule;
                let target = r.template().targets().get(level)?;
                debug_assert!(
                    !r.reach.is_disjoint(channels)
                        && (r.condition.characteristics().is_empty()
                            || !r.condition.characteristics().is_disjoint(characteristics))
                        && r.condition.holds_for(profile, model.brand(), level),
                    "the gate opens only for a rule whose own clauses hold"
                );
                r.condition
                    .pack_holds(model.pack().as_str())
                    .then(|| Candidate::new(rule, target, model, profile))
            })
            .collect();
        // Each rule once per moment kind it can match at, and there once per
        // kind of contact whose clauses it meets: room for at most that.
        let moments_of = |c: &Candidate<'_>| {
            let condition = &c.rule.rule.condition;
            let named = condition.moments();
            let moments = if named.is_empty() { EnumSet::all() } else { named };
            moments.difference(condition.excluded_moments())
        };
        let room = able.iter().map(|c| moments_of(c).len() * Initiator::ALL.len() * Part::ALL.len()).sum();
        let mut flat = Vec::with_capacity(room);
        let mut spans = vec![(0, 0); SLOTS];
        let mut here: Vec<&Candidate<'a>> = Vec::with_capacity(able.len());
        for &moment in MomentKind::ALL {
            here.clear();
            here.extend(able.iter().filter(|c| moments_of(c).contains(moment)));
            for &initiator in Initiator::ALL {
                for part in Part::ALL {
                    let start = flat.len();
                    flat.extend(
                        here.iter()
                            .filter(|c| {
                                let rule = c.rule.rule;
                                rule.condition.contact_holds(initiator, part == Part::Opens)
                                    && part.admits(rule)
                            })
                            .copied(),
                    );
                    let span = spans.get_mut(slot(moment, initiator, part));
                    debug_assert!(span.is_some(), "a slot for every moment kind and kind of contact");
                    if let Some(span) = span {
                        *span = (start, flat.len());
                    }
                }
            }
        }
        Self { flat, spans }
    }

    /// The candidates for `step`, ascending by rule position.
    pub(super) fn for_step(&self, step: &Step) -> &[Candidate<'a>] {
        let list = self.list(step.moment(), step.started_by(), Part::of(step));
        debug_assert!(list.is_some(), "a list for every moment kind and kind of contact");
        list.unwrap_or_default()
    }

    /// The list of a moment kind and kind of contact (always there).
    fn list(&self, moment: MomentKind, initiator: Initiator, part: Part) -> Option<&[Candidate<'a>]> {
        let &(start, end) = self.spans.get(slot(moment, initiator, part))?;
        self.flat.get(start..end)
    }
}

/// One of a thing per service level, made when first asked for.
pub(super) struct PerLevel<T> {
    basic: Option<T>,
    expected: Option<T>,
    exclusive: Option<T>,
}

impl<T> PerLevel<T> {
    /// None made yet.
    pub(super) fn new() -> Self {
        Self { basic: None, expected: None, exclusive: None }
    }

    /// The one of `level`, made by `make` if there is none yet.
    pub(super) fn get_or_insert_with(&mut self, level: ServiceLevel, make: impl FnOnce() -> T) -> &T {
        let slot = match level {
            ServiceLevel::Basic => &mut self.basic,
            ServiceLevel::Expected => &mut self.expected,
            ServiceLevel::Exclusive => &mut self.exclusive,
        };
        slot.get_or_insert_with(make)
    }
}

#[cfg(test)]
mod tests {
    use super::{Before, Candidates, Part, SLOTS, slot};
    use crate::{
        error::Error, model::Initiator, model::MomentKind, model::ServiceLevel, model::Vocabulary,
        rules::RuleSet,
    };

    /// Every moment kind and kind of contact has its own slot, below
    /// [`SLOTS`], so no step's list can be missing or shared.
    #[test]
    fn every_kind_of_step_has_its_own_slot() {
        let mut seen = [false; SLOTS];
        for &moment in MomentKind::ALL {
            for &initiator in Initiator::ALL {
                for part in Part::ALL {
                    let n = slot(moment, initiator, part);
                    assert!(n < SLOTS, "{moment:?} {initiator:?} {part:?}");
                    assert!(!seen[n], "{moment:?} {initiator:?} {part:?} shares slot {n}");
                    seen[n] = true;
                }
            }
        }
        assert!(seen.iter().all(|&s| s));
    }

    /// Every list is there, ascending by rule position, and holds exactly
    /// the rules whose moment and contact clauses a step of its kind meets.
    #[test]
    fn each_list_holds_the_rules_that_fit_its_kind_of_step_in_order() -> Result<(), Error> {
        let model = include!("../../../tests/fixtures/doc_model.rs")?;
        let rules = RuleSet::catalogue();
        for &level in ServiceLevel::ALL {
            let candidates = Candidates::new(&rules, &model, model.profile(), level);
            for &moment in MomentKind::ALL {
                for &initiator in Initiator::ALL {
                    for part in Part::ALL {
                        let list = candidates.list(moment, initiator, part).expect("every list is there");
                        assert!(list.windows(2).all(|w| w[0].rule.pos < w[1].rule.pos));
                        for c in list {
                            let condition = &c.rule.rule.condition;
                            assert!(condition.moments().is_empty() || condition.moments().contains(moment));
                            assert!(!condition.excluded_moments().contains(moment));
                            assert!(condition.contact_holds(initiator, part == Part::Opens));
                            assert!(part.admits(c.rule.rule));
                            assert_eq!(Some(c.target), c.rule.rule.template().targets().get(level));
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// A standard's provenance names the first characteristic, in declared
    /// order, of those the rule wants and the step has.
    #[test]
    fn the_first_characteristic_is_in_declared_order() -> Result<(), Error> {
        use crate::{
            model::{
                Channel, Characteristic, Phase, QualityDimension, Sequence, ServiceModel, StandardKind, Step,
            },
            rules::{Condition, Rule},
            standard::{LevelTargets, Provenance, Standard, Target},
        };
        let (prompt, friendly) = (Characteristic::Prompt, Characteristic::Friendly);
        assert!(friendly.index() < prompt.index());
        let rules = RuleSet::builder()
            .rule(
                Rule::builder("serve-warmly")
                    .when(Condition::builder().characteristics([prompt, friendly]))
                    .kind(StandardKind::PersonalContact)
                    .dimension(QualityDimension::Empathy)
                    .statement("Serve every {customer} {target}")
                    .targets(LevelTargets::same(Target::within_mins(5))),
            )
            .build()?;
        let model = |characteristics: &[Characteristic]| {
            ServiceModel::builder("Shop")
                .sequence(
                    Sequence::builder("visit", "Visit").phase(
                        Phase::builder("arrival", "Arrival").channels([Channel::FaceToFace]).step(
                            Step::builder("greet", "Greet")
                                .moment(MomentKind::Welcome)
                                .characteristics(characteristics.iter().copied()),
                        ),
                    ),
                )
                .build()
        };
        let provenance = |model: &ServiceModel| -> Vec<Provenance> {
            rules.derive(model, ServiceLevel::Expected).iter().map(Standard::provenance).collect()
        };
        assert_eq!(provenance(&model(&[prompt, friendly])?), [Provenance::Characteristic(friendly)]);
        assert_eq!(provenance(&model(&[prompt])?), [Provenance::Characteristic(prompt)]);
        assert_eq!(provenance(&model(&[Characteristic::Clear])?), []);
        Ok(())
    }

    /// What was met before a step is its phase's and its sequence's only:
    /// a new phase starts its own, a new sequence both.
    #[test]
    fn what_came_before_is_counted_in_the_phase_and_the_sequence() -> Result<(), Error> {
        use crate::model::{Channel, EnumSet, Phase, Sequence, ServiceModel, Step};
        let phase = |id: &str, moments: &[MomentKind]| {
            let mut p = Phase::builder(id, id).channels([Channel::FaceToFace]);
            for (n, &m) in moments.iter().enumerate() {
                p = p.step(Step::builder(format!("s{n}"), "Step").moment(m));
            }
            p
        };
        let model = ServiceModel::builder("Shop")
            .sequence(
                Sequence::builder("a", "A")
                    .phase(phase("p", &[MomentKind::OrderTaking, MomentKind::Information]))
                    .phase(phase("q", &[MomentKind::Delivery])),
            )
            .sequence(Sequence::builder("b", "B").phase(phase("p", &[MomentKind::FollowUp])))
            .build()?;
        let mut before = Before::default();
        let mut seen = Vec::new();
        for at in model.steps() {
            before.enter(at);
            seen.push((before.in_phase, before.in_sequence));
            before.leave(at);
        }
        let set = |kinds: &[MomentKind]| kinds.iter().copied().collect::<EnumSet<MomentKind>>();
        assert_eq!(
            seen,
            [
                (set(&[]), set(&[])),
                (set(&[MomentKind::OrderTaking]), set(&[MomentKind::OrderTaking])),
                (set(&[]), set(&[MomentKind::OrderTaking, MomentKind::Information])),
                (set(&[]), set(&[])),
            ]
        );
        Ok(())
    }
}
