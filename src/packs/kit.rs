//! What every built-in pack is written with: a rule with its source, the
//! targets of the three levels, the words of a noun, the steps and
//! departments of a template, and the pack put together.

use super::{NounForms, PackBuilder};
use crate::{
    model::Capability, model::Characteristic, model::Department, model::Initiator, model::MomentKind,
    model::Noun, model::QualityDimension, model::ServiceLevel, model::ServiceModelBuilder,
    model::StandardKind, model::Step, model::StepBuilder, rules::Condition, rules::ConditionBuilder,
    rules::Rule, rules::RuleBuilder, standard::LevelTargets, standard::Locale, standard::Target,
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

/// The exclusive gesture of the trades that sell through advice (a shop,
/// a bank, a telecom, a hotel's booking desk): the adviser says which
/// option they would choose themselves, cheaper or not. Shared, not put in
/// the general catalogue, because at a clinic's examination, a vet's
/// consent or an office's desk there is nothing to choose or to sell.
pub(super) fn honest_recommendation(source: &str) -> RuleBuilder {
    rule(
        "honest-recommendation",
        "honest-recommendation",
        StandardKind::PersonalContact,
        QualityDimension::Assurance,
        "Tell the {customer} plainly which option you would choose in their place and why, even when a cheaper one serves them better",
        "Powiedz {customer:dat} wprost, którą możliwość wybrałbyś na jego miejscu i dlaczego, nawet jeśli tańsza lepiej mu posłuży",
        source,
    )
    .once_per_contact()
    .when(
        Condition::builder()
            .moments([MomentKind::Consultation])
            .started_by(Initiator::Customer)
            .capabilities([Capability::StaffHeard])
            .characteristics([Characteristic::Honest]),
    )
    .targets(LevelTargets::new().at(ServiceLevel::Exclusive, Target::Always))
}

/// The exclusive gesture of the desks where forms are signed (a bank's
/// counter, an office's desk): the form filled in from what is on record,
/// so that the customer only checks and signs. Each pack says where.
pub(super) fn forms_filled_for_them(source: &str, condition: ConditionBuilder) -> RuleBuilder {
    rule(
        "forms-filled-for-them",
        "forms-filled",
        StandardKind::Procedure,
        QualityDimension::Empathy,
        "Fill in any form for the {customer} from what is on record and what they tell you, so that they only check it and sign",
        "Wypełnij każdy formularz za {customer:acc} na podstawie zapisanych danych i tego, co mówi, tak by tylko go sprawdził i podpisał",
        source,
    )
    .once_per_contact()
    .when(condition)
    .targets(LevelTargets::new().at(ServiceLevel::Exclusive, Target::Always))
}

/// The answer time of a line whose calls wait in a queue (a contact
/// centre, a telecom's or a utility's hotline): a share answered within
/// seconds of joining the queue, not rings. It lands where the call is
/// answered, not on a queue step, nor after one in the same phase, where
/// the queue's own policy covers it; as a pack's rule it supersedes the
/// catalogue's rings there.
pub(super) fn answered_to_the_service_level(source: &str) -> RuleBuilder {
    let within = |percent: u8, seconds: u64| Target::ShareWithin {
        percent,
        within: std::time::Duration::from_secs(seconds),
    };
    rule(
        "answered-to-the-service-level",
        "speed-of-answer",
        StandardKind::Procedure,
        QualityDimension::Responsiveness,
        "Answer the calls that reach the queue to a service level of {target}, timed from the moment they join it",
        "Odbieraj połączenia, które trafiają do kolejki, na poziomie obsługi {target}, licząc od chwili, gdy do niej trafią",
        source,
    )
    .when(
        Condition::builder()
            .started_by(Initiator::Customer)
            .opening()
            .channels([crate::model::Channel::Telephone])
            .except_moments([MomentKind::Waiting])
            .except_after_in_phase([MomentKind::Waiting])
            .staffed(),
    )
    .targets(tiers(within(70, 30), within(80, 20), within(90, 15)))
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
