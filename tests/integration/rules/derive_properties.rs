//! Properties of derivation over generated models, and the catalogue merged
//! with generated user rules.
#![cfg(feature = "serde")]

use crate::shared::{models, user_rules};

use std::collections::HashSet;

use models::model_spec;
use proptest::prelude::*;
use service_standards::prelude::*;
use user_rules::any_rules;

fn shuffled(rules: &RuleSet, seed: u64) -> RuleSet {
    let mut builders: Vec<RuleBuilder> = rules.rules().map(Rule::to_builder).collect();
    // A deterministic Fisher–Yates with a small LCG.
    let mut state = seed | 1;
    for i in (1..builders.len()).rev() {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let j = (state >> 33) as usize % (i + 1);
        builders.swap(i, j);
    }
    builders.into_iter().fold(RuleSet::builder(), RuleSetBuilder::rule).build().unwrap()
}

/// The generated rule sets really hold user rules, so the properties below
/// are about more than the catalogue.
#[test]
fn the_rule_generator_adds_user_rules() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let catalogue = RuleSet::catalogue().len();
    let added: usize =
        (0..200).map(|_| any_rules().new_tree(&mut runner).unwrap().current().len() - catalogue).sum();
    assert!(added >= 150, "only {added} user rules in 200 draws");
}

/// The value of a factor that holds the given one and more: a purchaser
/// base of both individuals and institutions, both reservations and queues.
fn widened(factor: Factor) -> Factor {
    match factor {
        Factor::Purchaser(_) => Factor::Purchaser(Purchaser::Mixed),
        Factor::CapacityControl(CapacityControl::Reservations | CapacityControl::Queues) => {
            Factor::CapacityControl(CapacityControl::ReservationsAndQueues)
        }
        other => other,
    }
}

/// The standards of a set by step and concern.
fn by_concern(set: &StandardSet) -> std::collections::HashMap<(StepPath, Id), &Standard> {
    set.iter().map(|s| ((s.step().clone(), s.concern().clone()), s)).collect()
}

/// What each standard covers: its contact (the step that opened it) and its
/// concern. A concern stated once per contact is stated at the contact's
/// first step where it applies, and can win over a rule of the same concern
/// at a later step; so a change can move a concern between the steps of a
/// contact, never out of it.
fn covered(set: &StandardSet, model: &ServiceModel, _rules: &RuleSet) -> HashSet<(StepPath, Id)> {
    let mut opened_by = std::collections::HashMap::new();
    let mut opener: Option<StepPath> = None;
    for at in model.steps() {
        if at.step().opens_contact() || opener.is_none() {
            opener = Some(at.path());
        }
        opened_by.insert(at.path(), opener.clone().unwrap());
    }
    set.iter().map(|s| (opened_by[s.step()].clone(), s.concern().clone())).collect()
}

fn level() -> impl Strategy<Value = ServiceLevel> {
    proptest::sample::select(ServiceLevel::ALL)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn deriving_is_deterministic_whatever_the_rule_order(spec in model_spec(), rules in any_rules(), level in level(), seed in any::<u64>()) {
        let model = spec.build();
        let once = rules.derive(&model, level);
        prop_assert_eq!(&once, &rules.derive(&model, level));
        prop_assert_eq!(&once, &shuffled(&rules, seed).derive(&model, level));
    }

    #[test]
    fn characteristics_order_does_not_matter(spec in model_spec(), rules in any_rules(), level in level()) {
        let mut reversed = spec.clone();
        for phase in reversed.sequences.iter_mut().flatten() {
            for step in &mut phase.steps {
                step.characteristics.reverse();
                step.channels.reverse();
            }
        }
        prop_assert_eq!(rules.derive(&spec.build(), level), rules.derive(&reversed.build(), level));
    }

    #[test]
    fn no_standard_needs_a_capability_its_channel_lacks(spec in model_spec(), rules in any_rules(), level in level()) {
        let model = spec.build();
        for s in &rules.derive(&model, level) {
            let step = model.step(s.step()).unwrap();
            prop_assert!(s.channels().is_subset(step.channels()));
            prop_assert!(!s.channels().is_empty());
            let needs = rules.rule(s.rule().as_str()).unwrap().condition().capabilities();
            for channel in s.channels() {
                prop_assert!(needs.is_subset(channel.capabilities()), "{} on {}", s.id(), channel);
            }
            if needs.contains(Capability::StaffSeen) {
                prop_assert!(!s.channels().contains(Channel::Telephone) && !s.channels().contains(Channel::Email));
            }
            if needs.contains(Capability::StaffHeard) {
                prop_assert!(s.channels().iter().all(|c| !c.has(Capability::Written)));
            }
        }
    }

    #[test]
    fn every_standard_is_what_its_rule_alone_derives(spec in model_spec(), rules in any_rules(), level in level()) {
        let model = spec.build();
        let set = rules.derive(&model, level);
        let ids: HashSet<StandardId> = set.iter().map(Standard::id).collect();
        prop_assert_eq!(ids.len(), set.len());
        for s in &set {
            prop_assert_eq!(s.aspect(), s.kind().aspect());
            let alone = RuleSet::builder().rule(rules.rule(s.rule().as_str()).unwrap().to_builder()).build().unwrap();
            let again = alone.derive(&model, level);
            prop_assert_eq!(again.get(&s.id()), Some(s));
        }
    }

    #[test]
    fn higher_levels_keep_every_concern_at_least_as_strict(spec in model_spec(), rules in any_rules()) {
        let model = spec.build();
        let sets: Vec<StandardSet> = ServiceLevel::ALL.iter().map(|l| rules.derive(&model, *l)).collect();
        for (i, lower) in sets.iter().enumerate() {
            for higher in &sets[i + 1..] {
                let up = by_concern(higher);
                let covered_up = covered(higher, &model, &rules);
                for key in covered(lower, &model, &rules) {
                    prop_assert!(covered_up.contains(&key), "{} at {} missing at {}", key.1, key.0, higher.level());
                }
                for s in lower {
                    let Some(kept) = up.get(&(s.step().clone(), s.concern().clone())) else { continue };
                    if kept.rule() == s.rule() {
                        prop_assert!(kept.target().is_at_least_as_strict_as(&s.target()), "{}: {} then {}", s.id(), s.target(), kept.target());
                        prop_assert_eq!(kept.min_level(), s.min_level());
                    }
                }
            }
        }
    }

    #[test]
    fn adding_to_a_step_or_brand_never_removes_a_concern(
        spec in model_spec(),
        rules in any_rules(),
        level in level(),
        characteristic in proptest::sample::select(Characteristic::ALL),
        channel in proptest::sample::select(Channel::ALL),
        emotion in proptest::sample::select(Emotion::ALL),
        pick in any::<prop::sample::Index>(),
    ) {
        // Who starts each step and whether it opens a contact stay as they
        // were: a new channel on one step must not change the next step's default.
        let spec = spec.with_explicit_contacts();
        let before = rules.derive(&spec.build(), level);
        let steps: Vec<(usize, usize, usize)> = spec.sequences.iter().enumerate()
            .flat_map(|(q, phases)| phases.iter().enumerate().flat_map(move |(p, ph)| (0..ph.steps.len()).map(move |s| (q, p, s))))
            .collect();
        let (q, p, s) = steps[pick.index(steps.len())];
        let mut grown = spec.clone();
        let phase = &mut grown.sequences[q][p];
        let phase_channels = phase.channels.clone();
        let step = &mut phase.steps[s];
        // A characteristic some rule excludes (`except_characteristics`)
        // takes that rule off the step by design; any other only adds.
        if !rules.rules().any(|r| r.condition().excluded_characteristics().contains(characteristic)) {
            step.characteristics.push(characteristic);
        }
        if step.channels.is_empty() {
            step.channels = phase_channels;
        }
        step.channels.push(channel);
        grown.emotions.push(emotion);
        let grown_model = grown.build();
        let after = covered(&rules.derive(&grown_model, level), &grown_model, &rules);
        for key in covered(&before, &spec.build(), &rules) {
            prop_assert!(after.contains(&key), "{} at {} disappeared", key.1, key.0);
        }
    }

    /// Adding to a factor (individual buyers → individual and institutional;
    /// reservations → reservations and queues) never leaves a concern the
    /// catalogue covered uncovered. A property of the catalogue's content: a
    /// user rule may name `individual` on purpose.
    #[test]
    fn widening_a_factor_never_removes_a_catalogue_concern(spec in model_spec(), level in level()) {
        let rules = RuleSet::catalogue();
        let model = spec.build();
        let before = rules.derive(&model, level);
        let mut grown = spec.clone();
        for kind in [FactorKind::Purchaser, FactorKind::CapacityControl] {
            grown.factors.push(widened(model.profile().factor(kind)));
        }
        let grown_model = grown.build();
        let after = covered(&rules.derive(&grown_model, level), &grown_model, &rules);
        for key in covered(&before, &model, &rules) {
            prop_assert!(after.contains(&key), "{} at {} disappeared", key.1, key.0);
        }
    }

    #[test]
    fn a_step_holds_at_most_one_standard_per_concern(spec in model_spec(), rules in any_rules(), level in level()) {
        let set = rules.derive(&spec.build(), level);
        let mut seen = HashSet::new();
        for s in &set {
            prop_assert!(seen.insert((s.step().clone(), s.concern().clone())), "{} twice at {}", s.concern(), s.step());
        }
        // Whatever lost names a winner that is in the set, at the same step and concern.
        let kept = by_concern(&set);
        for lost in set.superseded() {
            if lost.reason() == Precedence::EarlierInContact {
                // Stated at an earlier step of the same contact instead.
                prop_assert!(set.iter().any(|s| s.rule() == lost.by() && s.concern() == lost.concern() && s.step() != lost.step()));
                continue;
            }
            prop_assert!(lost.rule() != lost.by());
            if set.policies().iter().any(|p| p.standard().rule() == lost.by()) {
                continue;
            }
            let winner = kept.get(&(lost.step().clone(), lost.concern().clone()));
            prop_assert_eq!(winner.map(|w| w.rule()), Some(lost.by()));
        }
    }

    #[test]
    fn a_once_per_contact_concern_is_stated_once_in_each_contact(spec in model_spec(), rules in any_rules(), level in level()) {
        let model = spec.build();
        let set = rules.derive(&model, level);
        // Number the contacts: a step that opens one starts the next.
        let mut contact_of = std::collections::HashMap::new();
        let mut contact = 0;
        for at in model.steps() {
            if at.step().opens_contact() {
                contact += 1;
            }
            contact_of.insert(at.path(), contact);
        }
        let mut seen = HashSet::new();
        for s in &set {
            if rules.rule(s.rule().as_str()).unwrap().is_once_per_contact() {
                prop_assert!(seen.insert((contact_of[s.step()], s.concern().clone())), "{} twice in one contact", s.concern());
            }
        }
    }

    #[test]
    fn policies_are_stated_once_per_business_or_department(spec in model_spec(), rules in any_rules(), level in level()) {
        let set = rules.derive(&spec.build(), level);
        let mut seen = HashSet::new();
        for p in set.policies() {
            prop_assert!(seen.insert((p.standard().rule().clone(), p.department().cloned())), "{} twice", p.standard().rule());
            prop_assert!(rules.rule(p.standard().rule().as_str()).and_then(Rule::policy).is_some());
            prop_assert!(!p.steps().is_empty());
        }
        for s in &set {
            prop_assert_eq!(rules.rule(s.rule().as_str()).and_then(Rule::policy), None, "{} is a policy", s.id());
        }
    }

    #[test]
    fn an_inbound_rule_never_lands_on_a_step_the_company_starts(spec in model_spec(), rules in any_rules(), level in level()) {
        let model = spec.build();
        for s in &rules.derive(&model, level) {
            let condition = rules.rule(s.rule().as_str()).unwrap().condition().clone();
            let step = model.step(s.step()).unwrap().step();
            if condition.started_by() == Some(Initiator::Customer) {
                prop_assert_eq!(step.started_by(), Initiator::Customer, "{}", s.id());
            }
            if condition.opening_only() {
                prop_assert!(step.opens_contact(), "{}", s.id());
            }
        }
    }

    #[test]
    fn a_scope_never_widens_what_a_rule_reaches(
        spec in model_spec(),
        rules in any_rules(),
        level in level(),
        picks in proptest::collection::vec(any::<prop::sample::Index>(), 4),
        use_lists in proptest::collection::vec(any::<bool>(), 4),
    ) {
        let model = spec.build();
        let steps: Vec<StepRef<'_>> = model.steps().collect();
        let pick = |i: usize| steps[picks[i].index(steps.len())];
        let mut scope = Scope::new();
        if use_lists[0] { scope = scope.sequences([pick(0).sequence().id().as_str()]); }
        if use_lists[1] { scope = scope.phases([pick(1).phase().id().as_str(), "no-such-phase"]); }
        if use_lists[2] { scope = scope.steps([pick(2).step().id().as_str()]); }
        if use_lists[3] || scope.is_empty() { scope = scope.departments(["front-office", "billing"]); }
        for rule in rules.rules().filter(|r| r.policy().is_none()) {
            let alone = RuleSet::builder().rule(rule.to_builder()).build().unwrap().derive(&model, level);
            let scoped_rule = rule.to_builder().when(rule.condition().to_builder().scope(scope.clone()));
            let scoped_rules = RuleSet::builder().rule(scoped_rule).build().unwrap();
            let scoped = scoped_rules.derive(&model, level);
            let reached = covered(&alone, &model, &scoped_rules);
            for key in covered(&scoped, &model, &scoped_rules) {
                prop_assert!(reached.contains(&key), "{} at {} only with a scope", key.1, key.0);
            }
        }
    }

    #[test]
    fn ids_and_content_survive_unrelated_changes(spec in model_spec(), rules in any_rules(), level in level(), extra in model_spec()) {
        // Every step its own contact, the added ones too: an added step
        // then cannot become part of a contact the others are in.
        let mut spec = spec;
        for step in spec.sequences.iter_mut().flatten().flat_map(|p| p.steps.iter_mut()) {
            step.opens = Some(true);
        }
        let mut extra = extra;
        for step in extra.sequences.iter_mut().flatten().flat_map(|p| p.steps.iter_mut()) {
            step.opens = Some(true);
        }
        let before = rules.derive(&spec.build(), level);
        // Add an unrelated phase to the first sequence and an unrelated step to every phase.
        let mut changed = spec.clone();
        let new_phase = extra.sequences[0][0].clone();
        for phase in changed.sequences.iter_mut().flatten() {
            phase.steps.push(extra.sequences[0][0].steps[0].clone());
        }
        changed.sequences[0].push(new_phase);
        let after = rules.derive(&changed.build(), level);
        for s in &before {
            prop_assert_eq!(after.get(&s.id()), Some(s));
        }
        // And removing what was added gives back exactly the first set.
        prop_assert_eq!(rules.derive(&spec.build(), level), before);
    }

    #[test]
    fn a_round_tripped_model_and_rule_set_derive_the_same(spec in model_spec(), rules in any_rules(), level in level()) {
        let model = spec.build();
        let model2: ServiceModel = serde_json::from_str(&serde_json::to_string(&model).unwrap()).unwrap();
        let rules2: RuleSet = serde_json::from_str(&serde_json::to_string(&rules).unwrap()).unwrap();
        let set = rules.derive(&model, level);
        prop_assert_eq!(&rules2.derive(&model2, level), &set);
        let set2: StandardSet = serde_json::from_str(&serde_json::to_string(&set).unwrap()).unwrap();
        prop_assert_eq!(set2, set);
    }

    #[test]
    fn uniform_levels_derive_what_one_level_derives(spec in model_spec(), rules in any_rules(), level in level()) {
        let model = spec.build();
        let one = rules.derive(&model, level);
        let with = rules.derive_with(&model, &Levels::new(level));
        prop_assert_eq!(with.listing(), one.listing());
        prop_assert_eq!(with, one);
    }

    #[test]
    fn a_phase_at_its_own_level_is_derived_at_it_and_reads_back(
        spec in model_spec(), rules in any_rules(), base in level(), raised in level(), pick in any::<proptest::sample::Index>()
    ) {
        let model = spec.build();
        let phases: Vec<PhasePath> = model.steps().map(|at| at.path().phase_path().clone()).collect();
        let phase = pick.get(&phases).clone();
        let levels = Levels::new(base).phase(phase.clone(), raised);
        let set = rules.derive_with(&model, &levels);
        prop_assert_eq!(set.level(), base);
        prop_assert_eq!(set.levels(), &levels);
        for s in &set {
            let expected = if phase.contains(s.step()) { raised } else { base };
            prop_assert_eq!(s.derived_at(), expected);
        }
        let back: StandardSet = serde_json::from_str(&serde_json::to_string(&set).unwrap()).unwrap();
        prop_assert_eq!(back, set);
    }

    /// A rule tested only by a scope of the model's own ids (picked from
    /// different steps, so they may not meet) derives a standard exactly
    /// when `unknown_scopes` says nothing of it; when it says something,
    /// it is the scope's one `NoStepInScope` (every id is the model's).
    #[test]
    fn unknown_scopes_names_exactly_the_scopes_that_meet_no_step(
        spec in model_spec(),
        level in level(),
        picks in proptest::collection::vec(any::<prop::sample::Index>(), 5),
        use_lists in proptest::collection::vec(any::<bool>(), 4),
    ) {
        let model = spec.build();
        let steps: Vec<StepRef<'_>> = model.steps().collect();
        let pick = |i: usize| steps[picks[i].index(steps.len())];
        let mut scope = Scope::new();
        if use_lists[0] { scope = scope.sequences([pick(0).sequence().id().as_str()]); }
        if use_lists[1] { scope = scope.phases([pick(1).phase().id().as_str()]); }
        if use_lists[2] { scope = scope.steps([pick(2).step().id().as_str()]); }
        if use_lists[3] || scope.is_empty() {
            let departments = model.departments();
            if departments.is_empty() {
                scope = scope.steps([pick(3).step().id().as_str()]);
            } else {
                scope = scope.departments([departments[picks[4].index(departments.len())].id().as_str()]);
            }
        }
        let rules = RuleSet::builder()
            .rule(
                Rule::builder("scoped")
                    .when(Condition::builder().scope(scope))
                    .kind(StandardKind::Procedure)
                    .dimension(QualityDimension::Reliability)
                    .statement("Do what is promised {target}")
                    .targets(LevelTargets::same(Target::Always)),
            )
            .build()
            .unwrap();
        let unknown = rules.unknown_scopes(&model);
        let derived = rules.derive(&model, level);
        prop_assert_eq!(derived.is_empty(), !unknown.is_empty(), "{:?}", unknown);
        for v in &unknown {
            prop_assert_eq!(v.path(), "rules/scoped.when.scope");
            prop_assert_eq!(v.problem(), &Problem::NoStepInScope);
        }
    }
}
