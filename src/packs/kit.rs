//! What every built-in pack is written with: a rule with its source, the
//! targets of the three levels, the words of a noun, the steps and
//! departments of a template, and the pack put together.

use super::{NounForms, PackBuilder};
use crate::{
    model::Department, model::MomentKind, model::Noun, model::QualityDimension, model::ServiceLevel,
    model::ServiceModelBuilder, model::StandardKind, model::Step, model::StepBuilder, rules::Rule,
    rules::RuleBuilder, standard::LevelTargets, standard::Locale, standard::Target,
};

/// A rule of a pack with its concern, kind, dimension, statement in
/// English and Polish, and its source.
pub(super) fn rule(
    id: &str,
    concern: &str,
    kind: StandardKind,
    dimension: QualityDimension,
    english: &str,
    polish: &str,
    source: &str,
) -> RuleBuilder {
    Rule::builder(id)
        .concern(concern)
        .kind(kind)
        .dimension(dimension)
        .statement(english)
        .statement_in(Locale::Polish, polish)
        .source(source)
}

/// Targets for the three levels, basic to exclusive.
pub(super) const fn tiers(basic: Target, expected: Target, exclusive: Target) -> LevelTargets {
    LevelTargets::new()
        .at(ServiceLevel::Basic, basic)
        .at(ServiceLevel::Expected, expected)
        .at(ServiceLevel::Exclusive, exclusive)
}

/// Within this many days.
pub(super) const fn days(n: u64) -> Target {
    Target::Within(std::time::Duration::from_secs(n * 86_400))
}

/// A step of a template, of its department.
pub(super) fn step(id: &str, name: &str, moment: MomentKind, department: &str) -> StepBuilder {
    Step::builder(id, name).moment(moment).department(department)
}

/// A department of a template (its ids are slugs: it always builds).
pub(super) fn department(id: &str, name: &str) -> Option<Department> {
    Department::new(id, name).ok()
}

/// Forms in the order of the cases (nominative, genitive, dative,
/// accusative, instrumental, locative), singular then plural.
pub(super) type Cased = [[&'static str; 6]; 2];

/// The pack's words for `noun`: English singular and plural, Polish cased.
pub(super) fn noun(pack: PackBuilder, noun: Noun, english: (&str, &str), polish: Cased) -> PackBuilder {
    pack.noun(noun, Locale::English, NounForms::new(english.0, english.1)).noun(
        noun,
        Locale::Polish,
        NounForms::cased(polish[0], polish[1]),
    )
}

/// The pack with its essentials, its gestures and its template.
pub(super) fn assemble(
    mut pack: PackBuilder,
    essentials: Vec<RuleBuilder>,
    gestures: Vec<RuleBuilder>,
    template: ServiceModelBuilder,
) -> PackBuilder {
    for rule in essentials {
        pack = pack.rule(rule);
    }
    for gesture in gestures {
        pack = pack.gesture(gesture);
    }
    pack.template(template)
}
