//! The rules' scopes checked against a model: a rule scoped to an id the
//! model does not have matches nothing, and this says so.

use std::collections::HashSet;

use crate::{error::Problem, error::Violation, model::Id, model::ServiceModel, rules::RuleSet};

impl RuleSet {
    /// The rules of this set whose scope names an id that `model` does not
    /// have: a rule scoped to a misspelt phase matches nothing, and this says
    /// so. Each violation names the rule and the field
    /// (`rules/<id>.when.scope.phases[0]`) and quotes the id.
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
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn unknown_scopes(&self, model: &ServiceModel) -> Vec<Violation> {
        let mut known: [HashSet<&Id>; 4] = Default::default();
        let [sequences, phases, steps, departments] = &mut known;
        for at in model.steps() {
            sequences.insert(at.sequence().id());
            phases.insert(at.phase().id());
            steps.insert(at.step().id());
        }
        departments.extend(model.departments().iter().map(crate::model::Department::id));
        let mut found = Vec::new();
        for rule in &self.rules {
            let Some(scope) = &rule.scope else { continue };
            for ((field, ids), known) in scope.lists().into_iter().zip(&known) {
                for (i, id) in ids.iter().enumerate() {
                    if !known.contains(id) {
                        found.push(Violation::new(
                            format!("rules/{}.when.scope.{field}[{i}]", rule.id()),
                            Problem::NotInModel,
                            id.as_str(),
                        ));
                    }
                }
            }
        }
        found
    }
}
