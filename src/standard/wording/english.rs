//! English: the crate's own language.

use super::{Label, Language, Text};
use crate::{
    model::Capability as Cap, model::CapacityControl as Cc, model::Channel as Ch,
    model::ChannelFamily as Fam, model::Characteristic as C, model::Complexity as Cx,
    model::ContactLevel as Co, model::DeliverySpan as Ds, model::Emotion as E, model::FactorKind as Fk,
    model::Intermediaries as I, model::MomentKind as M, model::Purchaser as Pu, model::QualityAspect as A,
    model::QualityDimension as D, model::Risk as R, model::ServiceLevel as L, model::StandardKind as K,
    model::TaskAllocation as Ta, model::UsageFrequency as U, standard::Locale as Lo,
    standard::Placeholder as P,
};
use crate::{model::Industry, model::Noun};

pub(super) static ENGLISH: Language =
    Language { code: "en", decimal_separator: '.', label, text, target: |t| t.to_string() };

/// Turns the article `a` that ends `out` into `an` when `word`, about to
/// follow it, starts with a vowel sound: a business's own noun ("an
/// applicant", "an owner") follows a statement written for "a customer".
pub(super) fn article_before(out: &mut String, word: &str) {
    let Some(before) = out.strip_suffix("a ").or_else(|| out.strip_suffix("A ")) else { return };
    let own_word = before.chars().next_back().is_none_or(|c| c.is_whitespace() || c == '(');
    if own_word && starts_with_vowel_sound(word) {
        out.insert(out.len() - 1, 'n');
    }
}

/// Whether `word` starts with a vowel sound, by its spelling: a vowel
/// letter, except a `u` said "you" (a user, a unit, a utility).
fn starts_with_vowel_sound(word: &str) -> bool {
    let lower = word.trim_start().to_lowercase();
    match lower.chars().next() {
        Some('a' | 'e' | 'i' | 'o') => !lower.starts_with("one") && !lower.starts_with("eu"),
        Some('u') => !["uni", "us", "ut", "ur", "uk"].iter().any(|p| lower.starts_with(p)),
        _ => false,
    }
}

/// The texts the standard layer renders itself.
fn text(text: Text) -> &'static str {
    match text {
        Text::EveryDepartment => "every department",
        Text::TriggerCharacteristic => "characteristic",
        Text::TriggerEmotion => "emotion",
        Text::TriggerCapability => "channel capability",
        Text::TriggerChannel => "channel",
        Text::TriggerMoment => "moment",
    }
}

#[allow(clippy::too_many_lines, reason = "one table of every label")]
fn label(label: Label) -> &'static str {
    match label {
        Label::Channel(c) => match c {
            Ch::FaceToFace => "face to face",
            Ch::Telephone => "telephone",
            Ch::Email => "e-mail",
            Ch::WebForm => "web form",
            Ch::Chat => "chat",
            Ch::VideoCall => "video call",
            Ch::SocialMedia => "social media",
            Ch::Forum => "forum",
            Ch::SelfService => "self-service",
            Ch::Letter => "letter",
            Ch::Fax => "fax",
            Ch::Sms => "SMS",
            Ch::App => "app",
        },
        Label::ChannelFamily(f) => match f {
            Fam::Direct => "direct contact",
            Fam::Telephone => "telephone",
            Fam::Internet => "internet",
            Fam::Correspondence => "correspondence",
        },
        Label::Capability(c) => match c {
            Cap::StaffSeen => "staff are seen",
            Cap::StaffHeard => "staff are heard",
            Cap::Written => "written",
            Cap::Synchronous => "live",
            Cap::Public => "public",
        },
        Label::QualityAspect(a) => match a {
            A::Technical => "technical quality",
            A::Functional => "functional quality",
        },
        Label::QualityDimension(d) => match d {
            D::Responsiveness => "responsiveness",
            D::Reliability => "reliability",
            D::Communication => "communication",
            D::Convenience => "convenience",
            D::Tangibles => "tangibles",
            D::Assurance => "assurance",
            D::Empathy => "empathy",
        },
        Label::Characteristic(c) => match c {
            C::Friendly => "friendly",
            C::Attentive => "attentive",
            C::Courteous => "courteous",
            C::Knowledgeable => "knowledgeable",
            C::Prompt => "prompt",
            C::Accurate => "accurate",
            C::Clear => "clear",
            C::Proactive => "proactive",
            C::Personal => "personal",
            C::Discreet => "discreet",
            C::Accessible => "accessible",
            C::WellPresented => "well presented",
            C::Safe => "safe",
            C::Patient => "patient",
            C::Helpful => "helpful",
            C::Consistent => "consistent",
            C::Informative => "informative",
            C::Efficient => "efficient",
            C::Comfortable => "comfortable",
            C::Flexible => "flexible",
            C::Punctual => "punctual",
            C::Honest => "honest",
        },
        Label::ServiceLevel(l) => match l {
            L::Basic => "basic",
            L::Expected => "expected",
            L::Exclusive => "exclusive",
        },
        Label::StandardKind(k) => match k {
            K::PersonalContact => "personal contact",
            K::Product => "product",
            K::Procedure => "procedure",
        },
        Label::MomentKind(m) => match m {
            M::Welcome => "welcome",
            M::Identification => "identification",
            M::Information => "information",
            M::Consultation => "consultation",
            M::OrderTaking => "order-taking",
            M::Waiting => "waiting",
            M::Delivery => "delivery",
            M::Hospitality => "hospitality",
            M::Safekeeping => "safekeeping",
            M::Billing => "billing",
            M::Payment => "payment",
            M::Exception => "exception",
            M::Request => "request",
            M::Farewell => "farewell",
            M::FollowUp => "follow-up",
            M::Disruption => "disruption",
            M::Incident => "incident",
        },
        Label::Emotion(e) => match e {
            E::Trust => "trust",
            E::Warmth => "warmth",
            E::Delight => "delight",
            E::Calm => "calm",
            E::Confidence => "confidence",
            E::Belonging => "belonging",
            E::Respect => "respect",
            E::Ease => "ease",
            E::Excitement => "excitement",
            E::Care => "care",
        },
        Label::Intermediaries(v) => match v {
            I::Absent => "no intermediaries",
            I::Present => "through intermediaries",
        },
        Label::ContactLevel(v) => match v {
            Co::Low => "low contact",
            Co::Medium => "medium contact",
            Co::High => "high contact",
        },
        Label::Purchaser(v) => match v {
            Pu::Individual => "individuals",
            Pu::Institutional => "institutions",
            Pu::Mixed => "individuals and institutions",
        },
        Label::DeliverySpan(v) => match v {
            Ds::Minutes => "minutes",
            Ds::Hours => "hours",
            Ds::Days => "days",
            Ds::Weeks => "weeks or longer",
        },
        Label::CapacityControl(v) => match v {
            Cc::Unconstrained => "unconstrained",
            Cc::Reservations => "reservations",
            Cc::Queues => "queues",
            Cc::ReservationsAndQueues => "reservations and queues",
        },
        Label::UsageFrequency(v) => match v {
            U::OneOff => "one-off",
            U::Occasional => "occasional",
            U::Frequent => "frequent",
        },
        Label::Complexity(v) => match v {
            Cx::Simple => "simple",
            Cx::Moderate => "moderate",
            Cx::Complex => "complex",
        },
        Label::Risk(v) => match v {
            R::Low => "low",
            R::Moderate => "moderate",
            R::High => "high",
        },
        Label::TaskAllocation(v) => match v {
            Ta::ServiceOnly => "service only",
            Ta::ServiceAndSales => "service and sales",
            Ta::FullRelationship => "service, sales and outreach",
        },
        Label::FactorKind(k) => match k {
            Fk::Intermediaries => "intermediaries",
            Fk::ContactLevel => "contact",
            Fk::Purchaser => "purchaser",
            Fk::DeliverySpan => "delivery span",
            Fk::CapacityControl => "capacity",
            Fk::UsageFrequency => "usage",
            Fk::Complexity => "complexity",
            Fk::Risk => "risk",
            Fk::TaskAllocation => "tasks",
        },
        Label::Placeholder(p) => match p {
            P::Step => "step",
            P::Phase => "phase",
            P::Sequence => "sequence",
            P::Channel => "channel",
            P::Department => "department",
            P::Target => "target",
            P::Characteristic => "characteristic",
            P::Company => "company",
            P::Moment => "moment",
            P::Customer => "customer",
            P::Customers => "customers",
            P::Order => "order",
            P::Orders => "orders",
            P::Bill => "bill",
            P::Bills => "bills",
            P::Visit => "visit",
            P::Visits => "visits",
            P::Place => "place",
            P::Places => "places",
        },
        Label::Locale(l) => match l {
            Lo::English => "English",
            Lo::Polish => "Polish",
        },
        Label::Industry(i) => match i {
            Industry::General => "general",
            Industry::Hotel => "hotel",
            Industry::Shop => "shop",
            Industry::ContactCentre => "contact centre",
        },
        Label::Noun(n) => match n {
            Noun::Customer => "customer",
            Noun::Order => "order",
            Noun::Bill => "bill",
            Noun::Visit => "visit",
            Noun::Place => "place of service",
        },
        Label::Initiator(i) => match i {
            crate::model::Initiator::Customer => "the customer",
            crate::model::Initiator::Company => "the company",
        },
        Label::PolicyScope(p) => match p {
            crate::standard::PolicyScope::Business => "the whole business",
            crate::standard::PolicyScope::Department => "each department",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::article_before;

    fn after(prefix: &str, word: &str) -> String {
        let mut out = prefix.to_owned();
        article_before(&mut out, word);
        out.push_str(word);
        out
    }

    #[test]
    fn a_becomes_an_before_a_vowel_sound() {
        assert_eq!(after("Greet a ", "applicant"), "Greet an applicant");
        assert_eq!(after("A ", "owner"), "An owner");
        assert_eq!(after("(a ", "item"), "(an item");
        assert_eq!(after("Greet a ", "umpire"), "Greet an umpire");
    }

    #[test]
    fn a_stays_before_a_consonant_sound_or_inside_a_word() {
        assert_eq!(after("Greet a ", "guest"), "Greet a guest");
        assert_eq!(after("Greet a ", "user"), "Greet a user");
        assert_eq!(after("Serve a ", "unit"), "Serve a unit");
        assert_eq!(after("Pay a ", "euro"), "Pay a euro");
        assert_eq!(after("Tell a ", "one-off buyer"), "Tell a one-off buyer");
        assert_eq!(after("Help the Santa ", "owner"), "Help the Santa owner");
        assert_eq!(after("", "owner"), "owner");
    }
}
