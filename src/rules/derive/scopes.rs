//! The rules' scopes checked against a model: a rule scoped to an id the
//! model does not have, or to ids that never meet at one step, matches
//! nothing, and this says so.

use std::collections::HashSet;

use rustc_hash::FxHashMap;

use crate::{
    error::Problem, error::Violation, model::Id, model::ServiceModel, model::StepRef, rules::RuleSet,
};

impl RuleSet {
    /// The rules of this set whose scope misses `model`: a rule scoped to a
    /// misspelt phase, or to ids that never meet, matches nothing, and this
    /// says so. Each id the model does not have is a
    /// [`Problem::NotInModel`] naming the rule and the field
    /// (`rules/<id>.when.scope.phases[0]`) and quoting the id. A scope whose
    /// ids the model all has but no step of which is within every list
    /// (`sequences = ["online"]` with `phases = ["check-in"]` when check-in
    /// is a phase of another sequence; a step with a department that does
    /// not own it) is a [`Problem::NoStepInScope`] at
    /// `rules/<id>.when.scope`. In the order of the rules.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let mine = RuleSet::builder()
    ///     .rule(Rule::builder("quick-check-out")
    ///         .when(Condition::builder().scope(Scope::new().phases(["check-ot"])))
    ///         .kind(StandardKind::Procedure)
    ///         .dimension(QualityDimension::Responsiveness)
    ///         .statement("Check every {customer} out {target}")
    ///         .targets(LevelTargets::same(Target::within_mins(5))))
    ///     .build()?;
    /// let unknown = mine.unknown_scopes(&model);
    /// assert_eq!(unknown.len(), 1);
    /// assert_eq!(unknown[0].to_string(), "rules/quick-check-out.when.scope.phases[0]: not in the model `check-ot`");
    ///
    /// // Ids the model has, but greet is not a step of the spa department:
    /// let model = model.to_builder().departments([Department::new("spa", "Spa")?]).build()?;
    /// let mine = RuleSet::builder()
    ///     .rule(Rule::builder("spa-greeting")
    ///         .when(Condition::builder().scope(Scope::new().steps(["greet"]).departments(["spa"])))
    ///         .kind(StandardKind::PersonalContact)
    ///         .dimension(QualityDimension::Empathy)
    ///         .statement("Greet every {customer} {target}")
    ///         .targets(LevelTargets::same(Target::within_secs(30))))
    ///     .build()?;
    /// let unknown = mine.unknown_scopes(&model);
    /// assert_eq!(unknown[0].to_string(), "rules/spa-greeting.when.scope: no step of the model is within the scope");
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn unknown_scopes(&self, model: &ServiceModel) -> Vec<Violation> {
        let steps: Vec<StepRef<'_>> = model.steps().collect();
        // The steps of each id, by list: where the lists of a scope meet is
        // looked for among the steps of its list with the fewest, so a scope
        // naming one step costs that step, not a scan of the model.
        let mut by_list: [FxHashMap<&Id, Vec<usize>>; 4] = Default::default();
        for (n, at) in steps.iter().enumerate() {
            let [sequences, phases, ids, departments] = &mut by_list;
            sequences.entry(at.sequence().id()).or_default().push(n);
            phases.entry(at.phase().id()).or_default().push(n);
            ids.entry(at.step().id()).or_default().push(n);
            if let Some(department) = at.step().department() {
                departments.entry(department).or_default().push(n);
            }
        }
        let departments: HashSet<&Id> =
            model.departments().iter().map(crate::model::Department::id).collect();
        let mut found = Vec::new();
        for rule in &self.rules {
            let Some(scope) = &rule.scope else { continue };
            let before = found.len();
            for (list, ((field, ids), by_id)) in scope.lists().into_iter().zip(&by_list).enumerate() {
                for (i, id) in ids.iter().enumerate() {
                    // A department that owns no step is still the model's.
                    let known = by_id.contains_key(id) || (list == 3 && departments.contains(id));
                    if !known {
                        found.push(Violation::new(
                            format!("rules/{}.when.scope.{field}[{i}]", rule.id()),
                            Problem::NotInModel,
                            id.as_str(),
                        ));
                    }
                }
            }
            if found.len() > before {
                continue;
            }
            let fewest = scope
                .lists()
                .into_iter()
                .zip(&by_list)
                .filter(|((_, ids), _)| !ids.is_empty())
                .map(|((_, ids), by_id)| {
                    let of = |id: &Id| by_id.get(id).map_or(&[][..], Vec::as_slice);
                    (ids.iter().map(|id| of(id).len()).sum::<usize>(), ids.iter().flat_map(of))
                })
                .min_by_key(|(count, _)| *count);
            let meets = fewest.is_some_and(|(_, mut candidates)| {
                candidates.any(|&n| steps.get(n).is_some_and(|at| scope.contains(*at)))
            });
            if !meets {
                found.push(Violation::new(
                    format!("rules/{}.when.scope", rule.id()),
                    Problem::NoStepInScope,
                    "",
                ));
            }
        }
        found
    }
}
