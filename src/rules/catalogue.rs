//! The built-in catalogue: the domain's knowledge of good service, as rules.
//!
//! Every rule is written in our own words from the service-quality
//! literature (see `DOMAIN.md`): channel emphasis, the three kinds and three
//! levels of standard, the nine factors of the service function, brand
//! emotions and every department's correspondence. Targets follow common
//! industry practice (a call answered within three rings, an e-mail within a
//! working day, a guest greeted within a minute).

use crate::{
    Capability as Cap, Channel as Ch, Condition, MomentKind as M, QualityDimension as D, Rule, RuleBuilder,
    ServiceLevel as L, StandardKind as K, Target as T, Targets,
};

/// A rule with its kind, dimension and statement.
fn rule(id: &str, kind: K, dimension: D, statement: &str) -> RuleBuilder {
    Rule::builder(id).kind(kind).dimension(dimension).statement(statement)
}

/// Targets for the three levels, basic to exclusive.
const fn tiers(basic: T, expected: T, exclusive: T) -> Targets {
    Targets::new().at(L::Basic, basic).at(L::Expected, expected).at(L::Exclusive, exclusive)
}

/// Targets from the expected level up.
const fn from_expected(expected: T, exclusive: T) -> Targets {
    Targets::new().at(L::Expected, expected).at(L::Exclusive, exclusive)
}

/// Every rule of the catalogue, unsorted (the rule set sorts them).
pub(crate) fn rules() -> Vec<RuleBuilder> {
    vec![
        rule("phone-answer", K::Procedure, D::Responsiveness, "Answer every call {target}")
            .when(Condition::new().channels([Ch::Telephone]).moments([
                M::Welcome,
                M::Information,
                M::Consultation,
                M::OrderTaking,
                M::Exception,
            ]))
            .targets(tiers(T::WithinRings(5), T::WithinRings(3), T::WithinRings(2))),
        rule(
            "greet-on-arrival",
            K::PersonalContact,
            D::Responsiveness,
            "Greet every customer {target} of arrival, with eye contact and a smile",
        )
        .when(Condition::new().moments([M::Welcome]).capabilities([Cap::StaffSeen]))
        .targets(tiers(T::within_secs(60), T::within_secs(30), T::within_secs(10))),
        rule(
            "email-reply",
            K::Procedure,
            D::Responsiveness,
            "Reply to every e-mail {target} with a full answer, or with the name of the person handling it and a date",
        )
        .when(Condition::new().channels([Ch::Email]))
        .targets(tiers(T::within_hours(24), T::within_hours(8), T::within_hours(2))),
        rule(
            "uniform-and-badge",
            K::PersonalContact,
            D::Tangibles,
            "Wear the full, clean uniform with a readable name badge whenever customers can see you",
        )
        .when(Condition::new().moments([M::Welcome]).capabilities([Cap::StaffSeen]))
        .targets(Targets::all(T::Always)),
        rule(
            "booking-confirmation",
            K::Procedure,
            D::Reliability,
            "Confirm every booking in writing {target}, with dates, price and cancellation terms",
        )
        .when(Condition::new().moments([M::OrderTaking]).factors([
            crate::Factor::Capacity(crate::CapacityControl::Reservations),
            crate::Factor::Capacity(crate::CapacityControl::ReservationsAndQueues),
        ]))
        .targets(tiers(T::within_hours(2), T::within_hours(1), T::within_mins(15))),
        rule(
            "billing-letter-thanks",
            K::PersonalContact,
            D::Empathy,
            "End every invoice or billing letter from {department} with a personal word of thanks",
        )
        .when(Condition::new().moments([M::Billing]).capabilities([Cap::Written]))
        .targets(Targets::all(T::Always)),
        rule(
            "use-customer-name",
            K::PersonalContact,
            D::Empathy,
            "Use the customer's name {target} in the conversation",
        )
        .when(
            Condition::new()
                .characteristics([crate::Characteristic::Personal, crate::Characteristic::Friendly])
                .capabilities([Cap::StaffHeard])
                .from_level(L::Expected),
        )
        .targets(from_expected(T::AtLeast(2), T::AtLeast(3))),
    ]
}

#[cfg(test)]
mod tests {
    use crate::RuleSet;

    #[test]
    fn catalogue_is_valid() {
        let built = crate::RuleSetBuilder { rules: super::rules() }.build();
        let set = built.unwrap();
        assert_eq!(set.len(), super::rules().len());
        assert_eq!(RuleSet::catalogue(), set);
    }
}
